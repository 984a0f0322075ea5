package org.orggraph.heshan;

import static org.orggraph.heshan.Model.props;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

import org.orggraph.heshan.Model.Alliance;
import org.orggraph.heshan.Model.Community;
import org.orggraph.heshan.Model.Compound;
import org.orggraph.heshan.Model.Level;
import org.orggraph.heshan.Model.Member;
import org.orggraph.heshan.Model.Node;
import org.orggraph.heshan.Model.Po;
import org.orggraph.heshan.Model.PoKind;
import org.orggraph.heshan.Model.Unit;
import org.orggraph.heshan.Model.UnitKind;
import org.orggraph.model.RelType;

/**
 * The history of the network from the alliances' founding (2018) to mid-2024, so that a view "as of" a day differs
 * by year: units that joined their alliance late (some only from 2021), a few of them after leaving another alliance
 * of their town, members who moved their membership (组织关系)
 * once or twice, party organizations upgraded (升格) once or twice, and people who changed employer or moved house.
 * Every change closes the relationship in force (with {@code until}) and opens the current one, and records a
 * ChangeEvent with the state before and after, as the mutations do.
 *
 * <p>Only the past is added: what is in force today, and with it every figure of the source, is the same as
 * without this step. So the changes are chosen where no figure looks: a level before an upgrade is only on the
 * event (the node keeps today's level); an earlier employer is a unit in no alliance (not stationed, no link
 * evidence between alliance members); an earlier home is that of a person who works nowhere, in a compound that has
 * a branch. Each kind draws from its own random stream, so the other steps' draws are untouched, and the
 * structural ones (joins, levels) are the same at every scale.
 */
final class HistoryStep {

    private static final LocalDate LATE_JOINS_FROM = LocalDate.of(2021, 7, 1);
    private static final LocalDate HISTORY_TO = LocalDate.of(2024, 6, 30);
    private static final LocalDate RECENT = LocalDate.of(2022, 1, 1);
    private static final LocalDate MOVES_FROM = LocalDate.of(2018, 3, 1);
    private static final LocalDate SWITCHES_FROM = LocalDate.of(2019, 7, 1);
    private static final LocalDate SWITCHES_TO = LocalDate.of(2021, 1, 1);

    private final World w;
    private final Random joins;
    private final Random switches;
    private final Random levels;
    private final Random memberships;
    private final Random moves;

    HistoryStep(World world) {
        this.w = world;
        this.joins = world.random(11);
        this.levels = world.random(12);
        this.memberships = world.random(13);
        this.moves = world.random(14);
        this.switches = world.random(15);
    }

    /** After the people and their activities: the level changes, employment and residence changes. */
    void run() {
        levelChanges();
        employmentChanges();
        residenceChanges();
    }

    // ------------------------------------------------------------------ alliances

    /**
     * The day a unit joined that did not join at its alliance's founding: the day drawn by the structure, or for
     * a third of them a day from mid-2021 to mid-2024 (the alliances kept growing after the report).
     */
    LocalDate lateJoin(LocalDate drawn) {
        return joins.nextDouble() < 0.35 ? World.date(joins, LATE_JOINS_FROM, HISTORY_TO) : drawn;
    }

    /**
     * A unit that moved between alliances: three in ten enterprises and social organizations that joined their
     * alliance in the second half of 2019 or in 2020 (not at its founding) had been in another alliance of their
     * town before, from a day after that one's founding until the day they joined the current one. The earlier
     * membership is ended ({@code until}) and both its beginning and its end are recorded, as joinAlliance and
     * leaveAlliance record them; the current membership and its join are the caller's. Agencies and public
     * institutions never move (each belongs to exactly one alliance, as the source says of them). The moves end
     * before 2021, so an alliance's growth from 2021 on is all joins.
     */
    void formerAlliance(Unit u, List<Alliance> alliances) {
        if (u.kind == UnitKind.AGENCY || u.kind == UnitKind.PUBLIC_INSTITUTION || u.joined.isBefore(SWITCHES_FROM)
                || !u.joined.isBefore(SWITCHES_TO) || switches.nextDouble() >= 0.3) {
            return;
        }
        LocalDate latest = u.joined.minusMonths(6);
        List<Alliance> others = alliances.stream()
                .filter(a -> a != u.alliance && a.district == u.district && a.founded.isBefore(latest)).toList();
        if (others.isEmpty()) {
            return;
        }
        Alliance before = others.get(switches.nextInt(others.size()));
        LocalDate since = World.date(switches, before.founded.plusMonths(1), latest);
        w.rel(u, RelType.IN_ALLIANCE, before, props("role", "MEMBER", "since", since, "until", u.joined));
        w.change("UNIT_JOINED_ALLIANCE", since, u.name.name() + "加入" + before.name.name(), u, before,
                World.state("alliance", null), World.state("alliance", before.id));
        w.change("LEFT_ALLIANCE", u.joined, u.name.name() + "退出" + before.name.name(), u, null,
                World.state("alliance", before.id), World.state("alliance", null));
    }

    // ------------------------------------------------------------------ memberships

    /**
     * Writes a member's memberships when their history has a recent move, and tells whether it did (if not, the
     * caller writes the one current membership). A quarter of the compound branches' members moved their
     * membership from the community's organization when the branch was founded (2018–2020); about one member in
     * 120 elsewhere moved into their current organization from 2022 on, half of them after a first move in
     * 2019–2021. Community secretaries keep theirs.
     */
    boolean recentTransfers(Member m, List<Po> holding) {
        double x = memberships.nextDouble();
        if (m.po.kind == PoKind.COMPOUND) {
            return x < 0.25 && intoNewBranch(m);
        }
        if (x >= 0.008 || w.secretaryOf.containsValue(m)) {
            return false;
        }
        LocalDate last = World.date(memberships, RECENT, HISTORY_TO);
        LocalDate middle = World.date(memberships, LocalDate.of(2019, 1, 1), LocalDate.of(2021, 6, 30));
        boolean twice = memberships.nextBoolean() && middle.isAfter(m.since.plusMonths(6));
        Po first = pick(holding, po -> po != m.po && !po.founded.isAfter(m.since));
        Po second = twice ? pick(holding, po -> po != m.po && po != first && !po.founded.isAfter(middle)) : null;
        if (first == null || (twice && second == null)) {
            return false;
        }
        LocalDate firstUntil = twice ? middle : last;
        w.rel(m, RelType.MEMBER_OF, first, props("since", m.since, "until", firstUntil));
        if (twice) {
            w.rel(m, RelType.MEMBER_OF, second, props("since", middle, "until", last));
            transferred(m, first, m.since, second, middle);
        }
        w.rel(m, RelType.MEMBER_OF, m.po, props("since", last));
        transferred(m, twice ? second : first, twice ? middle : m.since, m.po, last);
        return true;
    }

    private boolean intoNewBranch(Member m) {
        Po community = m.po.parent;
        LocalDate earliest = World.max(LocalDate.of(m.birthYear + 19, 1, 1), community.founded);
        LocalDate latest = m.since.minusMonths(3);
        if (!earliest.isBefore(latest)) {
            return false;
        }
        LocalDate since = World.date(memberships, World.max(earliest, m.since.minusYears(15)), latest);
        w.rel(m, RelType.MEMBER_OF, community, props("since", since, "until", m.since));
        w.rel(m, RelType.MEMBER_OF, m.po, props("since", m.since));
        transferred(m, community, since, m.po, m.since);
        return true;
    }

    /** The ChangeEvent of one transfer, as transferMember records it. */
    void transferred(Member m, Po from, LocalDate fromSince, Po to, LocalDate date) {
        w.change("MEMBER_TRANSFERRED", date, "组织关系由" + from.name.name() + "转入" + to.name.name(), m, to,
                World.state("partyOrganization", from.id, "since", fromSince),
                World.state("partyOrganization", to.id, "since", date));
    }

    private Po pick(List<Po> from, Predicate<Po> fits) {
        for (int attempt = 0; attempt < 50; attempt++) {
            Po po = Apportion.pick(from, memberships);
            if (fits.test(po)) {
                return po;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ levels

    /**
     * 升格 beyond the source's three small communities: half of the unit committees with at least 100
     * members were general branches until 2018–2024 (half of those branches until 2018–2021 before that), a
     * quarter of the unit general branches were branches, and half of the town communities' committees were
     * general branches until 2018–2023. None is one of the source's three, so their figure is unchanged.
     */
    private void levelChanges() {
        LocalDate from = LocalDate.of(2018, 1, 1);
        for (Unit u : w.units) {
            Po po = u.top;
            if (po == null) {
                continue;
            }
            double x = levels.nextDouble();
            LocalDate start = World.max(po.founded.plusYears(1), from);
            if (po.level == Level.COMMITTEE && u.baseMembers >= HeshanFigures.COMMITTEE_THRESHOLD_MEMBERS && x < 0.5) {
                if (levels.nextBoolean()) {
                    LocalDate earlier = World.date(levels, start, LocalDate.of(2021, 6, 30));
                    upgraded(po, earlier, Level.BRANCH, Level.GENERAL_BRANCH);
                    start = LocalDate.of(2022, 1, 1);
                }
                upgraded(po, World.date(levels, start, HISTORY_TO), Level.GENERAL_BRANCH, Level.COMMITTEE);
            } else if (po.level == Level.GENERAL_BRANCH && x < 0.25) {
                upgraded(po, World.date(levels, start, HISTORY_TO), Level.BRANCH, Level.GENERAL_BRANCH);
            }
        }
        for (Community c : w.communities) {
            if (!c.mainUrban && c.po.level == Level.COMMITTEE && levels.nextDouble() < 0.5) {
                upgraded(c.po, World.date(levels, World.max(c.po.founded.plusYears(1), from),
                        LocalDate.of(2023, 12, 31)), Level.GENERAL_BRANCH, Level.COMMITTEE);
            }
        }
    }

    private void upgraded(Po po, LocalDate date, Level from, Level to) {
        levelChanged(po, date, from, to, po.name.name() + "由" + word(from) + "升格为" + word(to));
    }

    /** The ChangeEvent of one level change, as changePartyOrganizationLevel records it. */
    void levelChanged(Po po, LocalDate date, Level from, Level to, String description, Object... more) {
        w.change(to == Level.COMMITTEE ? "UPGRADED_TO_COMMITTEE" : "LEVEL_CHANGED", date, description, po, null,
                World.state("level", from.name()), World.state("level", to.name()),
                append(more, "fromLevel", from.name(), "toLevel", to.name()));
    }

    private static Object[] append(Object[] more, Object... last) {
        Object[] all = java.util.Arrays.copyOf(last, last.length + more.length);
        System.arraycopy(more, 0, all, last.length, more.length);
        return all;
    }

    static String word(Level level) {
        return switch (level) {
            case COMMITTEE -> "党委";
            case GENERAL_BRANCH -> "党总支";
            case BRANCH -> "党支部";
        };
    }

    // ------------------------------------------------------------------ employment and residence

    /** An earlier employer or home: its relationship, change type and field, from what age and how far back. */
    private record Move(RelType type, String event, String field, int adultAge, int yearsBack) {
    }

    private static final Move EMPLOYMENT = new Move(RelType.WORKS_AT, "EMPLOYMENT_CHANGED", "employer", 21, 8);
    private static final Move RESIDENCE = new Move(RelType.LIVES_IN, "RESIDENCE_CHANGED", "residence", 20, 12);

    /**
     * One in ten members who work at a unit but live in no compound of the city, and started there in 2018 or
     * later, came from a unit outside the alliances.
     */
    private void employmentChanges() {
        List<Unit> outside = w.units.stream().filter(u -> u.alliance == null && !u.stationed).toList();
        for (Member m : w.members) {
            if (m.unit != null && m.residence() == null && !m.workSince.isBefore(MOVES_FROM)
                    && moves.nextDouble() < 0.1) {
                Unit before = Apportion.pick(outside, moves);
                moved(m, EMPLOYMENT, before, m.unit, m.workSince,
                        "工作单位由" + before.name.name() + "调至" + m.unit.name.name());
            }
        }
    }

    /** One in twenty members who work nowhere and moved into their compound in 2018 or later came from another. */
    private void residenceChanges() {
        List<Compound> withBranch = w.compounds.stream().filter(c -> c.branch != null).toList();
        for (Member m : w.members) {
            if (m.unit == null && m.home != null && !m.homeSince.isBefore(MOVES_FROM) && moves.nextDouble() < 0.05) {
                Compound before = Apportion.pick(withBranch, moves);
                moved(m, RESIDENCE, before, m.home, m.homeSince, "由" + before.name.name() + "迁居" + m.home.name.name());
            }
        }
    }

    /** The earlier relationship, ended the day the current one began, and the ChangeEvent of the move. */
    private void moved(Member m, Move move, Node before, Node now, LocalDate nowSince, String description) {
        LocalDate since = World.date(moves, World.max(LocalDate.of(m.birthYear + move.adultAge(), 1, 1),
                nowSince.minusYears(move.yearsBack())), nowSince.minusMonths(6));
        if (before == now || !since.isBefore(nowSince)) {
            return;
        }
        w.rel(m, move.type(), before, props("since", since, "until", nowSince));
        w.change(move.event(), nowSince, description, m, now, World.state(move.field(), before.id()),
                World.state(move.field(), now.id()));
    }
}

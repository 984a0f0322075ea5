package org.orggraph.editing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.orggraph.alliance.Alliance;
import org.orggraph.editing.Edit.Current;
import org.orggraph.editing.Edit.Ref;
import org.orggraph.editing.MutationError.ErrorCode;
import org.orggraph.editing.Payloads.OrganizationPayload;
import org.orggraph.editing.Payloads.PartyOrganizationPayload;
import org.orggraph.editing.Payloads.ReportPayload;
import org.orggraph.heshan.HeshanFigures;
import org.orggraph.history.ChangeEvent;
import org.orggraph.member.Person;
import org.orggraph.model.NodeLabel;
import org.orggraph.model.RelType;
import org.orggraph.names.ChinesePinyin;
import org.orggraph.organization.PartyOrganization;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * Organizations and party organizations: createOrganization, updateOrganization, retireOrganization,
 * joinAlliance, leaveAlliance, changePartyOrganizationLevel (升格/降格), foundBranch, reportToCommunity (双报到).
 */
@Controller
class OrganizationMutations {

    /** The fewest members of a committee (党委) without a recorded exception. */
    static final int COMMITTEE_MINIMUM = 100;

    private static final NodeLabel[] ORGANIZATIONS = {NodeLabel.Unit, NodeLabel.Community, NodeLabel.IndustrialPark};
    private static final NodeLabel[] HOSTS = {NodeLabel.Unit, NodeLabel.Community, NodeLabel.ResidentialCompound,
        NodeLabel.IndustrialPark, NodeLabel.Village, NodeLabel.Street, NodeLabel.Town, NodeLabel.City};

    record CreateOrganizationInput(String type, String name, String unitKind, Integer employees, String locatedInId) {
    }

    record UpdateOrganizationInput(String id, String name, String unitKind, Integer employees) {
    }

    record RetireOrganizationInput(String id, LocalDate date, String reason) {
    }

    record JoinAllianceInput(String organizationId, String allianceId, LocalDate date) {
    }

    record LeaveAllianceInput(String organizationId, LocalDate date) {
    }

    record ChangePartyOrganizationLevelInput(String partyOrganizationId, String level, LocalDate date,
            String exceptionReason) {
    }

    record FoundBranchInput(String name, String hostId, String parentId, String level, LocalDate date) {
    }

    record ReportToCommunityInput(String subjectId, String organizationId, LocalDate date) {
    }

    /** What an organization mutation leaves to read back: the subject, the other end (an alliance…), the change. */
    record Done(String subject, String alliance, String event) {
    }

    private final Editor editor;
    private final ReadBack read;

    OrganizationMutations(Editor editor, ReadBack read) {
        this.editor = editor;
        this.read = read;
    }

    @MutationMapping
    OrganizationPayload createOrganization(@Argument CreateOrganizationInput input, DataFetchingEnvironment env) {
        return organization(editor.run(env, edit -> {
            edit.required("name", input.name());
            NodeLabel label = switch (input.type()) {
                case "COMMUNITY" -> NodeLabel.Community;
                case "INDUSTRIAL_PARK" -> NodeLabel.IndustrialPark;
                default -> NodeLabel.Unit;
            };
            boolean unit = label == NodeLabel.Unit;
            if (!unit && (input.unitKind() != null || input.employees() != null)) {
                edit.error(ErrorCode.INVALID, input.unitKind() != null ? "unitKind" : "employees",
                        "only a unit has a unit kind and employees");
            }
            employees(edit, input.employees());
            NodeLabel[] areas = unit ? new NodeLabel[] {NodeLabel.Street, NodeLabel.Town, NodeLabel.IndustrialPark}
                    : new NodeLabel[] {NodeLabel.Street, NodeLabel.Town};
            edit.lock(Ref.optional("locatedInId", input.locatedInId(), areas));
            edit.check();
            String id = Editor.newId(label);
            ChinesePinyin.Spelling spelling = ChinesePinyin.of(input.name());
            String name = input.name().strip();
            String element = (String) edit.run(edit.render("create-organization", Map.of("label", label.cypher(),
                    "located", (unit ? RelType.LOCATED_IN : RelType.PART_OF).cypher())),
                    Edit.params("id", id, "name", name, "pinyin", spelling.pinyin(), "initials", spelling.initials(),
                            "properties", unit ? Edit.params("kind", input.unitKind(), "employees", input.employees())
                                    : Map.of(), "area", edit.element(input.locatedInId()))).get(0).get("element");
            edit.created(id, element, label);
            String event = editor.record(edit, Change.of("ORGANIZATION_CREATED", edit.today(), "登记" + name, null,
                    Edit.params("name", name, "type", input.type(), "locatedIn", input.locatedInId()), List.of(id),
                    input.locatedInId()));
            return new Done(id, null, event);
        }));
    }

    @MutationMapping
    OrganizationPayload updateOrganization(@Argument UpdateOrganizationInput input, DataFetchingEnvironment env) {
        return organization(editor.run(env, edit -> {
            if (input.name() != null) {
                edit.required("name", input.name());
            }
            employees(edit, input.employees());
            edit.lock(Ref.required("id", input.id(), ORGANIZATIONS));
            edit.check();
            if (!edit.has(input.id(), NodeLabel.Unit) && (input.unitKind() != null || input.employees() != null)) {
                edit.error(ErrorCode.INVALID, input.unitKind() != null ? "unitKind" : "employees",
                        "only a unit has a unit kind and employees");
            }
            edit.check();
            ChinesePinyin.Spelling spelling = input.name() == null ? null : ChinesePinyin.of(input.name());
            Map<String, Object> row = edit.one("update-organization", Edit.params("organization",
                    edit.element(input.id()), "name", input.name() == null ? null : input.name().strip(),
                    "pinyin", spelling == null ? null : spelling.pinyin(),
                    "initials", spelling == null ? null : spelling.initials(),
                    "kind", input.unitKind(), "employees", input.employees()));
            String event = editor.record(edit, Change.of("ORGANIZATION_UPDATED", edit.today(), "更新" + input.id(),
                    map(row.get("before")), map(row.get("after")), List.of(input.id()), null));
            return new Done(input.id(), null, event);
        }));
    }

    @MutationMapping
    OrganizationPayload retireOrganization(@Argument RetireOrganizationInput input, DataFetchingEnvironment env) {
        return organization(editor.run(env, edit -> {
            LocalDate date = edit.date("date", input.date());
            edit.lock(Ref.required("id", input.id(), NodeLabel.Unit, NodeLabel.Community, NodeLabel.IndustrialPark,
                    NodeLabel.PartyOrganization));
            edit.check();
            Map<String, Object> state = edit.one("party-organization-state", Map.of("organization", edit.element(input.id())));
            if (state.get("retired") != null) {
                edit.error(ErrorCode.NO_CHANGE, "id", input.id() + " was retired on " + state.get("retired"));
            }
            long members = ((Number) state.get("members")).longValue();
            if (members > 0) {
                edit.error(ErrorCode.CONFLICT, "id", "a member has exactly one current party organization: transfer"
                        + " the " + members + " current member(s) of " + input.id() + " first");
            }
            edit.check();
            edit.file("retire", Edit.params("organization", edit.element(input.id()), "date", date));
            String event = editor.record(edit, new Change("ORGANIZATION_RETIRED", date, "撤销" + input.id(),
                    Edit.params("retired", null), Edit.params("retired", date.toString()), List.of(input.id()), null,
                    null, null, input.reason()));
            return new Done(input.id(), null, event);
        }));
    }

    @MutationMapping
    OrganizationPayload joinAlliance(@Argument JoinAllianceInput input, DataFetchingEnvironment env) {
        return organization(editor.run(env, edit -> {
            LocalDate date = edit.date("date", input.date());
            edit.lock(Ref.required("organizationId", input.organizationId(), ORGANIZATIONS),
                    Ref.required("allianceId", input.allianceId(), NodeLabel.Alliance));
            edit.check();
            List<Current> current = edit.current(input.organizationId(), RelType.IN_ALLIANCE);
            for (Current alliance : current) {
                edit.error(alliance.id().equals(input.allianceId()) ? ErrorCode.NO_CHANGE : ErrorCode.CONFLICT,
                        "allianceId", input.organizationId() + " is in " + alliance.id() + " since " + alliance.since()
                                + (alliance.id().equals(input.allianceId()) ? "" : "; it leaves that one first"));
            }
            Retired.check(edit, "organizationId", input.organizationId(), date);
            edit.check();
            edit.move(input.organizationId(), RelType.IN_ALLIANCE, input.allianceId(), date, Map.of("role", "MEMBER"));
            String event = editor.record(edit, Change.of("UNIT_JOINED_ALLIANCE", date,
                    input.organizationId() + "加入" + input.allianceId(), Edit.params("alliance", null),
                    Edit.params("alliance", input.allianceId()), List.of(input.organizationId()), input.allianceId()));
            return new Done(input.organizationId(), input.allianceId(), event);
        }));
    }

    @MutationMapping
    OrganizationPayload leaveAlliance(@Argument LeaveAllianceInput input, DataFetchingEnvironment env) {
        return organization(editor.run(env, edit -> {
            LocalDate date = edit.date("date", input.date());
            edit.lock(Ref.required("organizationId", input.organizationId(), ORGANIZATIONS));
            edit.check();
            List<Current> current = edit.current(input.organizationId(), RelType.IN_ALLIANCE);
            if (current.isEmpty()) {
                edit.error(ErrorCode.NO_CHANGE, "organizationId", input.organizationId() + " is in no alliance");
            }
            current.forEach(c -> edit.notBefore("date", date, c.since(), "the day it joined " + c.id()));
            edit.check();
            String alliance = current.get(0).id();
            edit.move(input.organizationId(), RelType.IN_ALLIANCE, null, date, Map.of());
            String event = editor.record(edit, Change.of("LEFT_ALLIANCE", date,
                    input.organizationId() + "退出" + alliance, Edit.params("alliance", alliance),
                    Edit.params("alliance", null), List.of(input.organizationId()), null));
            return new Done(input.organizationId(), alliance, event);
        }));
    }

    @MutationMapping
    PartyOrganizationPayload changePartyOrganizationLevel(@Argument ChangePartyOrganizationLevelInput input,
            DataFetchingEnvironment env) {
        return partyOrganization(editor.run(env, edit -> {
            LocalDate date = edit.date("date", input.date());
            edit.lock(Ref.required("partyOrganizationId", input.partyOrganizationId(), NodeLabel.PartyOrganization));
            edit.check();
            Map<String, Object> state = edit.one("party-organization-state",
                    Map.of("organization", edit.element(input.partyOrganizationId())));
            String from = (String) state.get("level");
            long members = ((Number) state.get("members")).longValue();
            if (input.level().equals(from)) {
                edit.error(ErrorCode.NO_CHANGE, "level", input.partyOrganizationId() + " is a " + from + " already");
            }
            boolean exception = input.exceptionReason() != null && !input.exceptionReason().isBlank();
            if (input.level().equals("COMMITTEE") && members < COMMITTEE_MINIMUM && !exception) {
                edit.error(ErrorCode.TOO_FEW_MEMBERS, "exceptionReason", "a committee needs at least "
                        + COMMITTEE_MINIMUM + " members; " + input.partyOrganizationId() + " has " + members
                        + ": record the exception's reason (as the " + HeshanFigures.UPGRADED_SMALL_COMMUNITIES
                        + " small communities of the source did)");
            }
            edit.notBefore("date", date, (LocalDate) state.get("founded"), "its founding");
            edit.check();
            edit.file("change-level", Edit.params("organization", edit.element(input.partyOrganizationId()),
                    "level", input.level()));
            String type = input.level().equals("COMMITTEE") ? "UPGRADED_TO_COMMITTEE" : "LEVEL_CHANGED";
            String event = editor.record(edit, new Change(type, date, input.partyOrganizationId() + ": " + from
                    + " → " + input.level(), Edit.params("level", from, "members", members),
                    Edit.params("level", input.level(), "members", members), List.of(input.partyOrganizationId()),
                    null, from, input.level(), exception ? input.exceptionReason().strip() : null));
            return new Done(input.partyOrganizationId(), null, event);
        }));
    }

    @MutationMapping
    PartyOrganizationPayload foundBranch(@Argument FoundBranchInput input, DataFetchingEnvironment env) {
        return partyOrganization(editor.run(env, edit -> {
            edit.required("name", input.name());
            LocalDate date = edit.date("date", input.date());
            edit.lock(Ref.required("hostId", input.hostId(), HOSTS),
                    Ref.optional("parentId", input.parentId(), NodeLabel.PartyOrganization));
            edit.check();
            Retired.check(edit, "hostId", input.hostId(), date);
            Retired.check(edit, "parentId", input.parentId(), date);
            edit.check();
            String id = Editor.newId(NodeLabel.PartyOrganization);
            String name = input.name().strip();
            ChinesePinyin.Spelling spelling = ChinesePinyin.of(name);
            String level = input.level() == null ? "BRANCH" : input.level();
            String element = (String) edit.one("found-branch", Edit.params("id", id, "name", name,
                    "pinyin", spelling.pinyin(), "initials", spelling.initials(), "level", level, "date", date,
                    "host", edit.element(input.hostId()), "parent", edit.element(input.parentId()))).get("element");
            edit.created(id, element, NodeLabel.PartyOrganization);
            String event = editor.record(edit, new Change("BRANCH_FOUNDED", date, "成立" + name, null,
                    Edit.params("name", name, "level", level, "host", input.hostId(), "parent", input.parentId()),
                    List.of(id), input.hostId(), null, level, null));
            return new Done(id, null, event);
        }));
    }

    @MutationMapping
    ReportPayload reportToCommunity(@Argument ReportToCommunityInput input, DataFetchingEnvironment env) {
        Editor.Outcome<Done> outcome = editor.run(env, edit -> {
            LocalDate date = edit.date("date", input.date());
            edit.lock(Ref.required("subjectId", input.subjectId(), NodeLabel.Person, NodeLabel.PartyOrganization),
                    Ref.required("organizationId", input.organizationId(), NodeLabel.Community,
                            NodeLabel.IndustrialPark));
            edit.check();
            if (edit.has(input.subjectId(), NodeLabel.Person) && !edit.has(input.subjectId(), NodeLabel.Member)) {
                edit.error(ErrorCode.CONFLICT, "subjectId", "双报到 is for party members: " + input.subjectId() + " is not one");
            }
            List<Current> current = edit.current(input.subjectId(), RelType.REPORTS_TO);
            if (current.stream().anyMatch(c -> c.id().equals(input.organizationId()))) {
                edit.error(ErrorCode.NO_CHANGE, "organizationId", input.subjectId() + " reports to "
                        + input.organizationId() + " already");
            }
            current.forEach(c -> edit.notBefore("date", date, c.since(), "its report to " + c.id()));
            Retired.check(edit, "organizationId", input.organizationId(), date);
            edit.check();
            edit.move(input.subjectId(), RelType.REPORTS_TO, input.organizationId(), date, Map.of());
            String event = editor.record(edit, Change.of("REPORTED_TO_COMMUNITY", date,
                    input.subjectId() + "到" + input.organizationId() + "报到",
                    Edit.params("reportsTo", current.stream().map(Current::id).toList()),
                    Edit.params("reportsTo", List.of(input.organizationId())), List.of(input.subjectId()),
                    input.organizationId()));
            return new Done(input.subjectId(), input.organizationId(), event);
        });
        Done done = outcome.value();
        return done == null ? new ReportPayload(null, null, null, null, outcome.errors())
                : new ReportPayload(read.node(done.subject(), Person.class),
                        read.node(done.subject(), PartyOrganization.class), read.node(done.alliance()),
                        read.node(done.event(), ChangeEvent.class), List.of());
    }

    private OrganizationPayload organization(Editor.Outcome<Done> outcome) {
        Done done = outcome.value();
        return done == null ? new OrganizationPayload(null, null, null, outcome.errors())
                : new OrganizationPayload(read.node(done.subject()), read.node(done.alliance(), Alliance.class),
                        read.node(done.event(), ChangeEvent.class), List.of());
    }

    private PartyOrganizationPayload partyOrganization(Editor.Outcome<Done> outcome) {
        Done done = outcome.value();
        return done == null ? new PartyOrganizationPayload(null, null, outcome.errors())
                : new PartyOrganizationPayload(read.node(done.subject(), PartyOrganization.class),
                        read.node(done.event(), ChangeEvent.class), List.of());
    }

    private static void employees(Edit edit, Integer employees) {
        if (employees != null && employees < 0) {
            edit.error(ErrorCode.INVALID, "employees", "employees cannot be negative");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}

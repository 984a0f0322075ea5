package org.orggraph.loadtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;

/**
 * One load: C clients, each on its own thread, send a mix of reads (the cookbook's queries, searches, lists) and
 * writes (createPerson, transferMember) for the duration, each waiting for its answer before the next. A write
 * counts as acknowledged when it was answered with HTTP 200, no errors and an empty {@code errors} list. Each client
 * transfers only the members it created, one request at a time, so it knows where each member must be; at the end
 * every acknowledged write is read back, and one not found as acknowledged is a lost write.
 */
final class LoadRun {

    /** The start of the names of the people a load creates (so that they can be told apart and removed). */
    static final String NAME_PREFIX = "压测";
    private static final List<String> SEARCHES = List.of("沙坪", "shaping", "sp", "鹤山", "社区", "北景");

    private final GraphQlClient client;
    private final int clients;
    private final Duration duration;
    private final List<OperationKind> reads;
    private final Latencies latencies = new Latencies();
    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private final AtomicInteger names = new AtomicInteger();
    private final List<String> cookbook;
    private final String createPerson;
    private final String transferMember;
    private final String branchesQuery;
    private final String lists;
    private final String search;
    private final String readBack;

    /** @param reads the kinds of read the clients send (60 % of their requests; the rest are writes) */
    LoadRun(GraphQlClient client, int clients, Duration duration, List<OperationKind> reads) {
        this.client = client;
        this.clients = clients;
        this.duration = duration;
        this.reads = List.copyOf(reads);
        this.cookbook = documents("classpath*:graphql/examples/*.graphql");
        this.createPerson = document("create-person");
        this.transferMember = document("transfer-member");
        this.branchesQuery = document("branches");
        this.lists = document("lists");
        this.search = document("search");
        this.readBack = document("read-back");
    }

    /**
     * What a load found.
     *
     * @param created     the people created (acknowledged)
     * @param transfers   the transfers acknowledged
     * @param lost        acknowledged writes not found afterwards
     * @param lostDetails what was not found, for the first few
     */
    record Result(List<Latencies.Summary> operations, int errors, List<String> errorMessages, int created,
            int transfers, int lost, List<String> lostDetails, Duration elapsed) {

        boolean passed() {
            return errors == 0 && lost == 0;
        }
    }

    /** A member a client created: where its last acknowledged write put it; {@code uncertain} after a failed write. */
    private static final class Member {
        final String id;
        final String name;
        String partyOrganization;
        String uncertain;

        Member(String id, String name, String partyOrganization) {
            this.id = id;
            this.name = name;
            this.partyOrganization = partyOrganization;
        }
    }

    Result run() throws InterruptedException {
        List<String> branches = branches();
        List<Member> members = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger transfers = new AtomicInteger();
        long started = System.nanoTime();
        long end = started + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Random random = new Random(c);
                running.add(pool.submit(() -> client(random, end, branches, members, transfers)));
            }
            await(running);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            List<String> lost = Collections.synchronizedList(new ArrayList<>());
            List<Future<?>> reading = new ArrayList<>();
            for (Member member : List.copyOf(members)) {
                reading.add(pool.submit(() -> readBack(member, lost)));
            }
            await(reading);
            List<Latencies.Summary> operations = new ArrayList<>();
            for (OperationKind kind : OperationKind.values()) {
                operations.add(latencies.summary(kind));
            }
            return new Result(operations, latencies.errors(), latencies.messages(), members.size(), transfers.get(),
                    lost.size(), lost.stream().limit(10).toList(), elapsed);
        } finally {
            pool.shutdownNow();
        }
    }

    private void client(Random random, long end, List<String> branches, List<Member> all,
            AtomicInteger transfers) {
        List<Member> mine = new ArrayList<>();
        while (System.nanoTime() < end && !Thread.currentThread().isInterrupted()) {
            int dice = random.nextInt(100);
            if (dice < 60 && !reads.isEmpty()) {
                read(reads.get(random.nextInt(reads.size())), random);
            } else if (dice < 80 || mine.stream().noneMatch(m -> m.uncertain == null)) {
                create(branches.get(random.nextInt(branches.size())), mine, all);
            } else {
                List<Member> certain = mine.stream().filter(m -> m.uncertain == null).toList();
                Member member = certain.get(random.nextInt(certain.size()));
                List<String> others = branches.stream().filter(b -> !b.equals(member.partyOrganization)).toList();
                if (transfer(member, others.get(random.nextInt(others.size())))) {
                    transfers.incrementAndGet();
                }
            }
        }
    }

    private void read(OperationKind kind, Random random) {
        switch (kind) {
            case COOKBOOK -> request(kind, cookbook.get(random.nextInt(cookbook.size())), Map.of());
            case SEARCH -> request(kind, search, Map.of("text", SEARCHES.get(random.nextInt(SEARCHES.size()))));
            case LIST -> request(kind, lists, Map.of());
            default -> throw new IllegalArgumentException(kind + " is no read of the load");
        }
    }

    private void create(String branch, List<Member> mine, List<Member> all) {
        String name = NAME_PREFIX + tag + names.incrementAndGet();
        JsonNode payload = request(OperationKind.CREATE_PERSON, createPerson, Map.of("input",
                Map.of("name", name, "isMember", true, "partyOrganizationId", branch)));
        if (payload != null && acknowledged(OperationKind.CREATE_PERSON, payload.path("createPerson"))) {
            Member member = new Member(payload.path("createPerson").path("person").path("id").asString(), name, branch);
            mine.add(member);
            all.add(member);
        }
    }

    private boolean transfer(Member member, String to) {
        JsonNode payload = request(OperationKind.TRANSFER_MEMBER, transferMember, Map.of("input",
                Map.of("personId", member.id, "toPartyOrganizationId", to)));
        if (payload != null && acknowledged(OperationKind.TRANSFER_MEMBER, payload.path("transferMember"))) {
            member.partyOrganization = to;
            return true;
        }
        // Not acknowledged: it may or may not have been written.
        member.uncertain = to;
        return false;
    }

    /** Whether a mutation's payload has no errors; its errors count as the request's failure otherwise. */
    private boolean acknowledged(OperationKind kind, JsonNode payload) {
        if (payload.path("errors").isEmpty()) {
            return true;
        }
        latencies.rejected(kind, "rejected " + payload.path("errors"));
        return false;
    }

    private void readBack(Member member, List<String> lost) {
        JsonNode node = request(OperationKind.READ_BACK, readBack, Map.of("id", member.id));
        if (node == null) {
            return;
        }
        JsonNode person = node.path("node");
        String at = person.path("partyOrganization").path("id").asString(null);
        boolean found = member.name.equals(person.path("name").asString(null))
                && (member.partyOrganization.equals(at) || at != null && at.equals(member.uncertain));
        if (!found) {
            lost.add(member.id + " " + member.name + ": expected in " + member.partyOrganization + ", found " + person);
        }
    }

    /** The {@code data} of the answer, null when it failed (counted). */
    private JsonNode request(OperationKind kind, String document, Map<String, Object> variables) {
        long start = System.nanoTime();
        try {
            JsonNode data = client.execute(document, variables);
            latencies.answered(kind, System.nanoTime() - start);
            return data;
        } catch (GraphQlClient.Failure failure) {
            latencies.failed(kind, System.nanoTime() - start, failure.getMessage());
            return null;
        }
    }

    private List<String> branches() {
        try {
            List<String> ids = client.execute(branchesQuery, Map.of()).path("partyOrganizations").path("nodes")
                    .valueStream().map(n -> n.path("id").asString()).toList();
            if (ids.size() < 2) {
                throw new IllegalStateException("the app has fewer than two branches to create members in and transfer"
                        + " them between (found " + ids.size() + ")");
            }
            return ids;
        } catch (GraphQlClient.Failure failure) {
            throw new IllegalStateException("the app did not answer the first query: " + failure.getMessage());
        }
    }

    private static void await(List<Future<?>> futures) throws InterruptedException {
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("a client of the load failed: " + e.getCause(), e.getCause());
            }
        }
    }

    private static String document(String name) {
        return documents("classpath:loadtest/" + name + ".graphql").get(0);
    }

    private static List<String> documents(String pattern) {
        try {
            List<String> texts = new ArrayList<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                texts.add(resource.getContentAsString(StandardCharsets.UTF_8));
            }
            if (texts.isEmpty()) {
                throw new IllegalStateException("no " + pattern + " in the jar");
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

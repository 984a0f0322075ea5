package org.orggraph.editing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.exceptions.TransientException;
import org.orggraph.alliance.LinkProjection;
import org.orggraph.api.Caller;
import org.orggraph.audit.AuditTrail;
import org.orggraph.dashboard.DashboardStatements;
import org.orggraph.api.CypherFiles;
import org.orggraph.model.NodeLabel;
import org.orggraph.node.NodeResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs every mutation: ONE transaction of Spring's transaction manager (Spring Data Neo4j's
 * {@code Neo4jTransactionManager}, configured by Boot) with its statements through {@link Neo4jClient}; validation
 * inside it ({@link Edit#check()} rolls back, so a rejected mutation writes nothing); and the change history in the
 * same transaction, so no write exists without its ChangeEvent.
 *
 * <p>No lost updates: each mutation first write-locks the nodes it touches, in id order ({@link Edit#lock}), and
 * only then reads the state it changes; concurrent mutations of the same nodes therefore run one after the other.
 * Should Neo4j still report a transient failure (a deadlock it detected, e.g. between a mutation and a bulk load),
 * the whole transaction is retried here, up to {@value #ATTEMPTS} times with a short random pause: the transaction
 * is rolled back first, so a retry starts from the committed state.
 *
 * <p>The link projection ({@link LinkProjection}) is brought up to date at the end of the same transaction, around
 * the nodes the mutation locked or created: a committed mutation's links are current, a rejected one changes none.
 */
@Component
class Editor {

    private static final Logger log = LoggerFactory.getLogger(Editor.class);
    static final int ATTEMPTS = 8;

    private final TransactionTemplate transactions;
    private final Neo4jClient client;
    private final CypherFiles cypher;
    private final Clock clock;
    private final AuditTrail audit;
    private final DashboardStatements dashboards;
    private final LinkProjection links;
    private final JsonMapper json = JsonMapper.builder().build();

    Editor(PlatformTransactionManager transactionManager, Neo4jClient client, CypherFiles cypher, AuditTrail audit,
            DashboardStatements dashboards, LinkProjection links) {
        this.links = links;
        this.transactions = new TransactionTemplate(transactionManager);
        this.audit = audit;
        this.dashboards = dashboards;
        this.client = client;
        this.cypher = cypher;
        this.clock = Clock.systemDefaultZone();
    }

    /** What a mutation did: its value (ids of what changed) or the reasons it was rejected. */
    record Outcome<T>(T value, List<MutationError> errors) {
    }

    <T> Outcome<T> run(DataFetchingEnvironment env, Function<Edit, T> work) {
        String actor = Caller.of(env.getGraphQlContext()).name();
        String action = env.getField().getName();
        for (int attempt = 1; ; attempt++) {
            Edit[] edit = new Edit[1];
            try {
                T value = transactions.execute(status -> {
                    Edit current = edit[0] = new Edit(client, cypher, actor, LocalDate.now(clock));
                    T done = work.apply(current);
                    links.refreshAround(current::run, current.touchedElements());
                    return done;
                });
                // committed: dashboards show it at their next poll, the audit trail says who did it
                dashboards.forget();
                audited(actor, action, "ok", edit[0]);
                return new Outcome<>(value, List.of());
            } catch (Rejected rejected) {
                audited(actor, action, "rejected: " + rejected.errors().stream().map(e -> String.valueOf(e.code()))
                        .distinct().toList(), edit[0]);
                return new Outcome<>(null, rejected.errors());
            } catch (RuntimeException e) {
                if (!transient_(e) || attempt == ATTEMPTS) {
                    throw e;
                }
                log.debug("Mutation attempt {} failed transiently, retrying: {}", attempt, e.getMessage());
                pause(attempt);
            }
        }
    }

    /**
     * The audit entry of a mutation, written after its transaction; a trail that cannot be written loses the entry
     * (logged), never the committed change.
     */
    private void audited(String actor, String action, String outcome, Edit edit) {
        try {
            audit.record(actor, action, outcome, edit == null ? List.of() : edit.touched());
        } catch (RuntimeException e) {
            log.warn("The audit trail did not record {} by {} ({}): {}", action, actor, outcome, e.getMessage());
        }
    }

    /** Records a change in the current transaction; returns the new ChangeEvent's id. */
    String record(Edit edit, Change change) {
        Map<String, Object> params = Edit.params("id", newId(NodeLabel.ChangeEvent), "type", change.type(),
                "date", change.date(), "actor", edit.actor(), "description", change.description(),
                "before", change.before() == null ? null : json.writeValueAsString(change.before()),
                "after", change.after() == null ? null : json.writeValueAsString(change.after()),
                "subjects", change.subjects().stream().map(edit::element).toList(),
                "into", edit.element(change.into()), "fromLevel", change.fromLevel(), "toLevel", change.toLevel(),
                "reason", change.reason());
        return (String) edit.file("change-event", params).get(0).get("id");
    }

    /** A new id of a label, by the id conventions ({@code person:…}): unique without a counter to contend for. */
    static String newId(NodeLabel label) {
        return NodeResolver.prefixOf(label) + ":" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private static boolean transient_(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TransientException || t instanceof TransientDataAccessException
                    || t instanceof ConcurrencyFailureException) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a mutation", e);
        }
    }
}

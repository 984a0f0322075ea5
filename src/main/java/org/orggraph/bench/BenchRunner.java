package org.orggraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.orggraph.api.CypherFiles;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the cases against a running app: for each, the GraphQL answer over HTTP (logged in) and the hand-written
 * statement's answer through the driver are fetched and compared; only when they are equal are both timed, one
 * after the other, with the same number of clients for the same time.
 */
public final class BenchRunner {

    /** The header that makes the app report the request's Cypher statements (see api/StatementCountInterceptor). */
    static final String STATEMENT_COUNT_HEADER = "OrgGraph-Statement-Count";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    /** Hears what runs: the case's position, its name, the side being timed and the share of the case done. */
    @FunctionalInterface
    public interface Progress {
        void at(int caseIndex, int caseCount, String name, String side, double fraction);
    }

    /** How a result that GraphQL answered with errors starts its {@code mismatch}. */
    static final String GRAPHQL_ERRORS = "GraphQL errors: ";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final URI app;
    private final URI graphQl;
    private final String username;
    private final String password;
    private final Driver driver;
    private final CypherFiles cypher;
    private final LoadGenerator load;
    private final Duration window;
    /** The clients share one login session (a cookie), as the pages of one browser do. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
    private boolean loggedIn;
    private final JsonMapper json = JsonMapper.builder().build();

    /**
     * Logs in through the login page, once: HTTP Basic would check the password's hash on every request (a
     * deliberately slow function: about a second per request on a busy 2-core machine), which is the cost of the
     * login, not of the query.
     *
     * @param app      the app's address, {@code http://127.0.0.1:PORT}
     * @param username the account the clients log in with (the administrator: every field in clear)
     * @param window   how long each side is timed (after a warm-up of a fifth of it, at most 3 s)
     */
    public BenchRunner(URI app, String username, String password, Driver driver, CypherFiles cypher, int clients,
            Duration window) {
        this.app = app;
        this.graphQl = app.resolve("/graphql");
        this.username = username;
        this.password = password;
        this.driver = driver;
        this.cypher = cypher;
        this.load = new LoadGenerator(clients);
        this.window = window;
    }

    public List<BenchResult> run(List<BenchCase> cases, Progress progress) throws InterruptedException {
        List<BenchResult> results = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            int index = i;
            BenchCase benchCase = cases.get(i);
            results.add(run(benchCase, (side, fraction) -> progress.at(index, cases.size(), benchCase.name(), side,
                    fraction)));
        }
        return results;
    }

    /**
     * The case's GraphQL answer against its hand-written statement's, once, untimed: empty when they agree, else
     * the result that says how they differ (or what failed).
     */
    public Optional<BenchResult> check(BenchCase benchCase) {
        Checked checked = checked(benchCase);
        return checked.mismatch() == null ? Optional.empty() : Optional.of(checked.mismatch());
    }

    private record Checked(int statements, BenchResult mismatch) {
    }

    private Checked checked(BenchCase benchCase) {
        String body = json.writeValueAsString(Map.of("query", document(benchCase)));
        Map<?, ?> response;
        Object answer;
        try {
            logIn();
            response = json.readValue(post(body, true), Map.class);
            answer = fetch(statement(benchCase), benchCase.parameters());
        } catch (RuntimeException | IOException e) {
            return new Checked(-1, new BenchResult(benchCase, -1, "failed: " + e.getMessage(), null, null));
        }
        int statements = statementCount(response);
        if (response.get("errors") != null) {
            return new Checked(statements,
                    new BenchResult(benchCase, statements, GRAPHQL_ERRORS + response.get("errors"), null, null));
        }
        return new Checked(statements, Answers.difference(response.get("data"), answer)
                .map(difference -> new BenchResult(benchCase, statements, difference, null, null)).orElse(null));
    }

    BenchResult run(BenchCase benchCase, java.util.function.BiConsumer<String, Double> progress)
            throws InterruptedException {
        String body = json.writeValueAsString(Map.of("query", document(benchCase)));
        String statement = statement(benchCase);
        progress.accept("checking", 0.0);
        Checked checked = checked(benchCase);
        if (checked.mismatch() != null) {
            return checked.mismatch();
        }
        int statements = checked.statements();
        Duration warmUp = Duration.ofMillis(Math.max(200, Math.min(3000, window.toMillis() / 5)));
        Latencies overHttp = load.run(() -> {
            String answered = post(body, false);
            if (answered.startsWith("{\"errors\"")) {
                throw new IllegalStateException(answered);
            }
        }, warmUp, window, fraction -> progress.accept("GraphQL", fraction / 2));
        Latencies byStatement = load.run(() -> fetch(statement, benchCase.parameters()), warmUp, window,
                fraction -> progress.accept("statement", 0.5 + fraction / 2));
        return new BenchResult(benchCase, statements, null, overHttp, byStatement);
    }

    /**
     * The case's statement with its placeholders filled: {@code memberLinks} with the app's evidence patterns
     * (alliance/member-link-patterns), any other {@code fooBar} with {@code bench/fragment-foo-bar}.
     */
    public String statement(BenchCase benchCase) {
        return filled(cypher.load(benchCase.statementFile()));
    }

    private String filled(String text) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            String name = placeholder.group(1);
            String fragment = name.equals("memberLinks") ? cypher.load("alliance/member-link-patterns")
                    : filled(cypher.load("bench/fragment-" + name.replaceAll("([a-z])([A-Z])", "$1-$2")
                            .toLowerCase(java.util.Locale.ROOT)));
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(fragment));
        }
        return placeholder.appendTail(filled).toString();
    }

    private static String document(BenchCase benchCase) {
        try {
            return new ClassPathResource(benchCase.document()).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Missing GraphQL document " + benchCase.document(), e);
        }
    }

    /** The login form, with the CSRF token of the login page: the session cookie then goes with every request. */
    private synchronized void logIn() throws IOException {
        if (loggedIn) {
            return;
        }
        Matcher csrf = CSRF.matcher(send(HttpRequest.newBuilder(app.resolve("/login")).GET().build()).body());
        if (!csrf.find()) {
            throw new IOException("no CSRF token on the login page " + app.resolve("/login"));
        }
        String form = "username=" + encoded(username) + "&password=" + encoded(password) + "&_csrf="
                + encoded(csrf.group(1));
        HttpResponse<String> answer = send(HttpRequest.newBuilder(app.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new IOException("logging in as " + username + " failed (HTTP " + answer.statusCode() + " "
                    + location + ")");
        }
        loggedIn = true;
    }

    private static String encoded(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private String post(String body, boolean countStatements) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(graphQl)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (countStatements) {
            request.header(STATEMENT_COUNT_HEADER, "true");
        }
        HttpResponse<String> response = send(request.build());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private Object fetch(String statement, Map<String, Object> parameters) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(statement, parameters).single().get("data").asObject());
        }
    }

    private static int statementCount(Map<?, ?> response) {
        return response.get("extensions") instanceof Map<?, ?> extensions
                && extensions.get("cypherStatements") instanceof Number count ? count.intValue() : -1;
    }
}

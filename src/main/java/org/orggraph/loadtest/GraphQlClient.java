package org.orggraph.loadtest;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over HTTP as a logged-in client of a running OrgGraph sends it: {@code POST /graphql}, JSON, with the
 * session cookie of one login through the login page. Not HTTP Basic: the server would check the password's bcrypt
 * hash on every request (deliberately slow, up to a second on a busy 2-core machine), which measures the login, not
 * the app. All clients of a run share the session, as the pages of one browser do. A request counts as answered only
 * with HTTP 200 and no {@code errors}; anything else is a {@link Failure} saying what came.
 */
final class GraphQlClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http;
    private final URI endpoint;
    private final URI login;
    private final String user;
    private final String password;
    private boolean loggedIn;
    private final JsonMapper json = JsonMapper.builder().build();

    GraphQlClient(String url, String user, String password) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).build();
        String base = url.replaceAll("/+$", "");
        this.endpoint = URI.create(base + "/graphql");
        this.login = URI.create(base + "/login");
        this.user = user;
        this.password = password;
    }

    /** Logs in once, through the login form with its CSRF token; the session cookie then goes with every request. */
    synchronized void logIn() throws Failure {
        if (loggedIn) {
            return;
        }
        Matcher csrf = CSRF.matcher(send(HttpRequest.newBuilder(login).timeout(TIMEOUT).GET().build()).body());
        if (!csrf.find()) {
            throw new Failure("no CSRF token on the login page " + login);
        }
        String form = "username=" + encoded(user) + "&password=" + encoded(password) + "&_csrf="
                + encoded(csrf.group(1));
        HttpResponse<String> answer = send(HttpRequest.newBuilder(login).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new Failure("logging in as " + user + " failed (HTTP " + answer.statusCode() + " " + location + ")");
        }
        loggedIn = true;
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Why a request did not count as answered. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    /** The {@code data} of the answer. */
    JsonNode execute(String document, Map<String, Object> variables) throws Failure {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        logIn();
        HttpResponse<String> response = send(HttpRequest.newBuilder(endpoint).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build());
        String text = response.body();
        String shortened = text.substring(0, Math.min(300, text.length()));
        if (response.statusCode() != 200) {
            throw new Failure("HTTP " + response.statusCode() + " " + shortened);
        }
        try {
            JsonNode answer = json.readTree(text);
            if (answer.has("errors")) {
                throw new Failure("errors " + shortened);
            }
            return answer.path("data");
        } catch (JacksonException e) {
            throw new Failure("not JSON: " + shortened);
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws Failure {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Failure(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted");
        }
    }
}

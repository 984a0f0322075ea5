package org.orggraph.analytics.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.orggraph.analytics.QueryLimits;
import org.orggraph.analytics.ResultFormat;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line of {@code orggraph.jar cypher}: what to run, its parameters, the output format and limits, and
 * every other {@code --name=value} passed on to the app's configuration (the database to use).
 *
 * @param file         the script to run, or null with {@code -e}
 * @param query        the statement given with {@code -e}, or null
 * @param parameters   from {@code --param name=value}
 * @param format       {@code --format}
 * @param limits       {@code --timeout} and {@code --limit}
 * @param springArgs   the rest, for Spring: {@code --spring.neo4j.uri=…}, {@code --orggraph.embedded.enabled=false}, …
 * @param help         {@code --help}
 */
record CypherArguments(Path file, String query, Map<String, Object> parameters, ResultFormat format,
        QueryLimits limits, List<String> springArgs, boolean help) {

    static final String USAGE = """
            Usage: java -jar orggraph.jar cypher (FILE | -e QUERY) [--param name=value]... [--format table|csv|json]
                                                 [--timeout 120s] [--limit 10000] [--spring.neo4j.uri=bolt://HOST:PORT
                                                 --spring.neo4j.authentication.password=PASSWORD
                                                 --orggraph.embedded.enabled=false]

            Runs read-only Cypher (a script of ;-separated statements, or one statement) and prints each result.
            Statements that would write are refused. Parameters the script uses but --param does not give are null,
            so the files in cypher/analysis fall back to their defaults.

              --param name=value   a parameter; value: a number, true/false, null, 'text', "text", a JSON list or
                                   object, or else the text as it is (e.g. --param alliance=alliance:05)
              --format FORMAT      table (default), csv (header line, then bare values) or json (array of objects)
              --timeout DURATION   per statement: 90s, 2m, 500ms (default 120s)
              --limit ROWS         at most this many rows per statement (default 10000)

            Without --spring.neo4j.uri it opens the embedded database in --orggraph.embedded.data-dir (default ./data),
            which must not be in use: against a running OrgGraph, pass its Bolt address and password as above.
            """;

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)?");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static CypherArguments parse(String[] args) {
        Path file = null;
        String query = null;
        Map<String, Object> parameters = new LinkedHashMap<>();
        ResultFormat format = ResultFormat.TABLE;
        Duration timeout = QueryLimits.DEFAULT.timeout();
        int limit = QueryLimits.DEFAULT.maxRows();
        List<String> springArgs = new ArrayList<>();
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String option = arg.contains("=") && arg.startsWith("--") ? arg.substring(0, arg.indexOf('=')) : arg;
            switch (option) {
                case "-h", "--help" -> help = true;
                case "-e", "--execute" -> {
                    if (query != null) {
                        throw new UsageException("-e can be given once");
                    }
                    query = inlineOrNext(arg, args, i, "-e", "a Cypher statement");
                    i += consumed(arg);
                }
                case "--param", "-P" -> {
                    String pair = inlineOrNext(arg, args, i, "--param", "name=value");
                    i += consumed(arg);
                    addParameter(parameters, pair);
                }
                case "--format" -> {
                    String name = inlineOrNext(arg, args, i, "--format", "table, csv or json");
                    i += consumed(arg);
                    try {
                        format = ResultFormat.parse(name);
                    } catch (IllegalArgumentException e) {
                        throw new UsageException(e.getMessage());
                    }
                }
                case "--timeout" -> {
                    String text = inlineOrNext(arg, args, i, "--timeout", "a duration like 90s or 2m");
                    i += consumed(arg);
                    timeout = duration(text);
                }
                case "--limit" -> {
                    String text = inlineOrNext(arg, args, i, "--limit", "a number of rows");
                    i += consumed(arg);
                    limit = positive(text);
                }
                default -> {
                    if (arg.startsWith("--") && arg.contains("=")) {
                        springArgs.add(arg);
                    } else if (arg.startsWith("-") && arg.length() > 1) {
                        throw new UsageException("unknown option '" + arg + "'");
                    } else if (file != null) {
                        throw new UsageException("give one file (found '" + file + "' and '" + arg + "')");
                    } else {
                        file = Path.of(arg);
                    }
                }
            }
        }
        if (!help && file == null && query == null) {
            throw new UsageException("give a file to run or -e QUERY");
        }
        if (file != null && query != null) {
            throw new UsageException("give either a file or -e QUERY, not both");
        }
        return new CypherArguments(file, query, parameters, format, new QueryLimits(timeout, limit), springArgs, help);
    }

    /** How many following arguments an option took: none when its value was inline ({@code --format=csv}). */
    private static int consumed(String arg) {
        return arg.startsWith("--") && arg.contains("=") ? 0 : 1;
    }

    private static String value(String[] args, int i, String option, String what) {
        if (i + 1 >= args.length) {
            throw new UsageException(option + " needs " + what);
        }
        return args[i + 1];
    }

    private static String inlineOrNext(String arg, String[] args, int i, String option, String what) {
        if (arg.startsWith("--") && arg.contains("=")) {
            return arg.substring(arg.indexOf('=') + 1);
        }
        return value(args, i, option, what);
    }

    private static void addParameter(Map<String, Object> parameters, String pair) {
        int eq = pair.indexOf('=');
        if (eq <= 0) {
            throw new UsageException("bad --param '" + pair + "': expected name=value, e.g. --param alliance=alliance:05");
        }
        String name = pair.substring(0, eq).strip();
        if (!NAME.matcher(name).matches()) {
            throw new UsageException("bad --param '" + pair + "': '" + name + "' is not a parameter name");
        }
        parameters.put(name, parameterValue(pair.substring(eq + 1)));
    }

    /** A number, boolean, null, quoted text or JSON list/object is taken as such; anything else is text. */
    static Object parameterValue(String text) {
        String t = text.strip();
        if (t.length() >= 2 && t.startsWith("'") && t.endsWith("'")) {
            return t.substring(1, t.length() - 1);
        }
        boolean looksJson = t.equals("true") || t.equals("false") || t.equals("null") || t.startsWith("[")
                || t.startsWith("{") || t.startsWith("\"") || t.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
        if (!looksJson) {
            return text;
        }
        try {
            Object value = JSON.readValue(t, Object.class);
            return value instanceof Integer n ? Long.valueOf(n) : value;
        } catch (JacksonException e) {
            throw new UsageException("bad --param value '" + text + "': it looks like JSON but is not valid JSON ("
                    + e.getOriginalMessage() + ")");
        }
    }

    private static Duration duration(String text) {
        Matcher m = DURATION.matcher(text.strip());
        if (!m.matches()) {
            throw new UsageException("bad --timeout '" + text + "': use e.g. 90s, 2m or 500ms");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        Duration d = switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
        if (d.isZero()) {
            throw new UsageException("bad --timeout '" + text + "': it must be more than zero");
        }
        return d;
    }

    private static int positive(String text) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("bad --limit '" + text + "': use a whole number of rows, at least 1");
    }

    /** A mistake on the command line; the message says what to type instead. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}

package org.orggraph.analytics.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.orggraph.analytics.QueryLimits;
import org.orggraph.analytics.ResultFormat;
import org.springframework.boot.convert.DurationStyle;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code orggraph.jar cypher} was asked to do, once picocli has parsed its options ({@link CypherCommand}): what
 * to run, its parameters, the output format and limits, and the properties passed on to the app's configuration (the
 * database to use). The converters turn the options' text into values.
 *
 * @param file       the script to run, or null with {@code -e}
 * @param query      the statement given with {@code -e}, or null
 * @param parameters from {@code --param name=value}
 * @param format     {@code --format}
 * @param limits     {@code --timeout} and {@code --limit}
 * @param springArgs for Spring: {@code --spring.neo4j.uri=…}, {@code --orggraph.embedded.enabled=false}, …
 */
record CypherArguments(Path file, String query, Map<String, Object> parameters, ResultFormat format,
        QueryLimits limits, List<String> springArgs) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** Built when a parameter needs it, not when the command line is built: it costs a good part of a second. */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    /** One {@code --param name=value}. */
    record Parameter(String name, Object value) {
    }

    static final class ParameterConverter implements ITypeConverter<Parameter> {
        @Override
        public Parameter convert(String pair) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new TypeConversionException(
                        "'" + pair + "': expected name=value, e.g. --param alliance=alliance:05");
            }
            String name = pair.substring(0, eq).strip();
            if (!NAME.matcher(name).matches()) {
                throw new TypeConversionException("'" + pair + "': '" + name + "' is not a parameter name");
            }
            return new Parameter(name, parameterValue(pair.substring(eq + 1)));
        }
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
            Object value = Json.MAPPER.readValue(t, Object.class);
            return value instanceof Integer n ? Long.valueOf(n) : value;
        } catch (JacksonException e) {
            throw new TypeConversionException("'" + text
                    + "' looks like JSON but is not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    /** Spring Boot's durations: {@code 90s}, {@code 2m}, {@code 500ms}, {@code PT1M}; a bare number is seconds. */
    static final class TimeoutConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String text) {
            Duration duration;
            try {
                duration = DurationStyle.detectAndParse(text.strip(), ChronoUnit.SECONDS);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + text + "' is no duration: use e.g. 90s, 2m or 500ms");
            }
            if (duration.isNegative() || duration.isZero()) {
                throw new TypeConversionException("'" + text + "': it must be more than zero");
            }
            return duration;
        }
    }

    static final class RowsConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            try {
                int n = Integer.parseInt(text.strip());
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new TypeConversionException("'" + text + "': use a whole number of rows, at least 1");
        }
    }
}

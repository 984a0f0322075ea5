package org.orggraph.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.function.Function;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** The {@code Date} and {@code DateTime} scalars: ISO-8601 strings on the wire, java.time values inside. */
@Configuration(proxyBeanMethods = false)
class ScalarsConfiguration {

    @Bean
    RuntimeWiringConfigurer dateScalars() {
        return wiring -> wiring
                .scalar(scalar("Date", "an ISO-8601 date such as 2020-02-03", LocalDate.class, LocalDate::parse))
                .scalar(scalar("DateTime", "an ISO-8601 date-time with offset such as 2020-02-03T10:15:30+08:00",
                        OffsetDateTime.class, OffsetDateTime::parse));
    }

    private static <T extends TemporalAccessor> GraphQLScalarType scalar(String name, String expected,
            Class<T> type, Function<String, T> parser) {
        return GraphQLScalarType.newScalar().name(name).description("ISO-8601 " + name)
                .coercing(new Coercing<T, String>() {
                    @Override
                    public String serialize(Object value, GraphQLContext context, Locale locale) {
                        if (value instanceof ZonedDateTime zoned) {
                            return zoned.toOffsetDateTime().toString();
                        }
                        if (value instanceof TemporalAccessor || value instanceof String) {
                            return value.toString();
                        }
                        throw new CoercingSerializeException("Not a " + name + ": " + value);
                    }

                    @Override
                    public T parseValue(Object input, GraphQLContext context, Locale locale) {
                        try {
                            return parser.apply(String.valueOf(input));
                        } catch (DateTimeParseException e) {
                            throw new CoercingParseValueException("'" + input + "' is not " + expected);
                        }
                    }

                    @Override
                    public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                            Locale locale) {
                        if (input instanceof StringValue string) {
                            try {
                                return parser.apply(string.getValue());
                            } catch (DateTimeParseException e) {
                                throw new CoercingParseLiteralException("'" + string.getValue() + "' is not " + expected);
                            }
                        }
                        throw new CoercingParseLiteralException(name + " must be a string: " + expected);
                    }
                }).build();
    }
}

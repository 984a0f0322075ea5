package org.orggraph.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.SchemaReport;

/**
 * Spring for GraphQL's schema inspection, made a rule: a field, argument or registration that nothing serves
 * (a field that would always answer null, an argument a fetcher ignores) stops the start, naming it, instead of being
 * a line in the log. The report is still logged, as Spring Boot does.
 */
@Configuration(proxyBeanMethods = false)
class SchemaInspection {

    private static final Logger log = LoggerFactory.getLogger(SchemaInspection.class);

    @Bean
    GraphQlSourceBuilderCustomizer everyFieldIsServed() {
        return builder -> builder.inspectSchemaMappings(SchemaInspection::check);
    }

    static void check(SchemaReport report) {
        log.info("{}", report);
        if (!report.unmappedFields().isEmpty() || !report.unmappedArguments().isEmpty()
                || !report.unmappedRegistrations().isEmpty()) {
            throw new IllegalStateException("The GraphQL schema has what nothing serves: unmapped fields "
                    + report.unmappedFields() + ", arguments " + report.unmappedArguments() + ", registrations "
                    + report.unmappedRegistrations());
        }
    }
}

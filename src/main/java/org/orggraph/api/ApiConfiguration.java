package org.orggraph.api;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Infrastructure of the GraphQL API that must exist before other beans: the statement-counting driver. */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    @Bean
    static BeanPostProcessor countingDriverPostProcessor(ObjectProvider<CypherStatementCounter> counter) {
        return new CountingDriverPostProcessor(counter);
    }
}

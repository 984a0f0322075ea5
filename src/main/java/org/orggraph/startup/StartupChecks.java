package org.orggraph.startup;

import java.net.InetAddress;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.orggraph.OrgGraphApplication;
import org.orggraph.graph.EmbeddedNeo4jProperties;
import org.orggraph.graph.StoreChecks;
import org.orggraph.importer.SampleDataProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * What must hold before the app is built at all, checked as soon as the configuration is read (about a second into
 * the start, instead of after the 10-20 s the application context takes to reach the database, or the minute after
 * which Tomcat opens its port): OrgGraph's settings bind and pass their {@code @Validated} constraints (Boot's
 * binder and validation, so the failure screen is Boot's, naming the property and what it may be); the HTTP port
 * is free; for the embedded database {@link StoreChecks}: the data dir writable with room to grow, the store not
 * open elsewhere, the Bolt port free; for a remote one {@link RemoteNeo4jCheck}: it answers and takes the password.
 * Nothing is written before these pass. Registered in {@code META-INF/spring.factories}; only the app itself
 * ({@link OrgGraphApplication} as a source) is checked, not the {@code cypher} command.
 */
public class StartupChecks implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(StartupChecks.class);

    /** The default of {@code server.port}. */
    private static final int DEFAULT_HTTP_PORT = 8080;

    @Override
    public int getOrder() {
        // After the configuration and the logging system are set up.
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (!event.getSpringApplication().getAllSources().contains(OrgGraphApplication.class)) {
            return;
        }
        check(event.getEnvironment(), event.getSpringApplication().getWebApplicationType());
    }

    static void check(ConfigurableEnvironment environment, WebApplicationType web) {
        Binder binder = Binder.get(environment);
        EmbeddedNeo4jProperties embedded;
        // Before the validation, whose failure screen would show the value.
        binder.bind("orggraph.embedded.password", String.class).ifBound(StoreChecks::requirePasswordLength);
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            BindHandler validating = new ValidationBindHandler(new SpringValidatorAdapter(factory.getValidator()));
            embedded = binder.bindOrCreate("orggraph.embedded", Bindable.of(EmbeddedNeo4jProperties.class),
                    validating);
            SampleDataProperties sample = binder.bindOrCreate("orggraph", Bindable.of(SampleDataProperties.class),
                    validating);
            HeapAdvice.warning(Runtime.getRuntime().maxMemory(), HeapAdvice.explicitHeapLimit(), sample.sampleScale())
                    .ifPresent(log::warn);
        }
        if (web == WebApplicationType.SERVLET) {
            int port = binder.bind("server.port", Integer.class).orElse(DEFAULT_HTTP_PORT);
            InetAddress address = binder.bind("server.address", InetAddress.class).orElse(null);
            PortCheck.requireFree(address, port, "server.port");
        }
        if (embedded.enabled()) {
            StoreChecks.run(embedded);
        } else {
            RemoteNeo4jCheck.requireReachable(binder);
        }
    }
}

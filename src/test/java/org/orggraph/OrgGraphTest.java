package org.orggraph;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one test configuration of the suite: the whole app on a random HTTP port, an embedded Neo4j on a free
 * Bolt port in a fresh directory under {@code target/}, with the Heshan reference data. Every test class that
 * needs the app uses exactly this annotation and nothing that changes the context (no mocks, no extra
 * properties), so Spring's context cache starts Neo4j and loads the data once per suite.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface OrgGraphTest {
}

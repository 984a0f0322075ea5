package org.orggraph.bench;

import java.lang.management.ManagementFactory;

import org.neo4j.driver.Driver;
import org.springframework.boot.SpringBootVersion;
import org.springframework.core.SpringVersion;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * Where a run was measured: the machine and the versions, for the table's heading.
 *
 * @param cores         processors the JVM sees
 * @param memoryBytes   the machine's physical memory, 0 when the JVM does not tell
 * @param java          Java version and vendor
 * @param neo4j         the database's version
 * @param springBoot    Spring Boot's version
 * @param spring        Spring Framework's and Spring for GraphQL's versions
 */
public record BenchMachine(int cores, long memoryBytes, String java, String neo4j, String springBoot, String spring) {

    public static BenchMachine of(Driver driver) {
        long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : 0;
        String neo4j;
        try (var session = driver.session()) {
            neo4j = session.executeRead(tx -> tx.run("CALL dbms.components() YIELD versions, edition"
                    + " RETURN versions[0] + ' ' + edition AS version").single().get("version").asString());
        }
        return new BenchMachine(Runtime.getRuntime().availableProcessors(), memory,
                Runtime.version() + " (" + System.getProperty("java.vendor") + ")", neo4j,
                SpringBootVersion.getVersion(), "Spring Framework " + SpringVersion.getVersion()
                        + ", Spring for GraphQL " + GraphQlSource.class.getPackage().getImplementationVersion());
    }
}

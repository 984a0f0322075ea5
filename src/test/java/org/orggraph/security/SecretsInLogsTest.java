package org.orggraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.orggraph.OrgGraphTest;
import org.orggraph.api.GraphQlTesters;
import org.orggraph.api.GraphQlTesters.TestUser;
import org.orggraph.graph.EmbeddedNeo4jProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * After start, logins and a failed login, neither the app's log nor Neo4j's logs contain a password (the Bolt
 * password, the administrator's, any user's), and the data dir and Neo4j's logs are readable by their owner only.
 */
@OrgGraphTest
class SecretsInLogsTest {

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedNeo4jProperties database;

    @Value("${logging.file.name}")
    Path appLog;

    @Test
    void noLogHoldsAPasswordAndTheDataDirAndNeo4jsLogsAreOwnerOnly() throws IOException {
        for (TestUser user : TestUser.values()) {
            GraphQlTesters.as(port, user.role()).document("{ cities { id } }").execute();
        }
        GraphQlTesters.anonymous(port).post().header(HttpHeaders.AUTHORIZATION,
                GraphQlTesters.basic(TestUser.VIEWER.username(), "a-wrong-password-typed")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"query\": \"{ cities { id } }\"}").exchange().expectStatus().isUnauthorized();
        List<String> secrets = new ArrayList<>(List.of(database.password(), GraphQlTesters.ADMIN_ACCOUNT_PASSWORD,
                "a-wrong-password-typed"));
        Stream.of(TestUser.values()).map(TestUser::password).forEach(secrets::add);
        Path neo4jLogs = database.dataDir().resolve("logs");
        List<Path> logs = new ArrayList<>(List.of(appLog));
        try (Stream<Path> files = Files.list(neo4jLogs)) {
            files.forEach(logs::add);
        }

        assertThat(logs).extracting(p -> p.getFileName().toString()).contains("orggraph.log", "debug.log");
        for (Path log : logs) {
            String text = Files.readString(log, StandardCharsets.ISO_8859_1);
            assertThat(text).as(log.toString()).doesNotContain(secrets);
        }
        assertThat(permissions(database.dataDir())).isEqualTo("rwx------");
        assertThat(permissions(neo4jLogs)).isEqualTo("rwx------");
        assertThat(permissions(neo4jLogs.resolve("debug.log"))).isEqualTo("rw-------");
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}

package org.orggraph.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.io.layout.Neo4jLayout;
import org.orggraph.graph.StoreChecks;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

/**
 * Each start-up failure a user can cause, caused for real where that is cheap, and the analysis Boot shows for it:
 * what happened and the property or action that fixes it. No application context is started here.
 */
class StartupFailureAnalysisTest {

    @TempDir
    Path dir;

    @Test
    void aTakenPortNamesThePropertyThatMovesIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            FailureAnalysis analysis = analyze(() -> PortCheck.requireFree(null, taken.getLocalPort(), "server.port"));

            assertThat(analysis.getDescription()).contains("Port " + taken.getLocalPort(), "(server.port)",
                    "already in use");
            assertThat(analysis.getAction()).contains("--server.port=PORT");
        }
    }

    @Test
    void aFreePortOrAFreePortToBePickedPasses() throws Exception {
        int port;
        try (ServerSocket once = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = once.getLocalPort();
        }
        PortCheck.requireFree(InetAddress.getLoopbackAddress(), port, "orggraph.embedded.bolt-port");
        PortCheck.requireFree(null, 0, "server.port");
    }

    @Test
    void aDataDirOnAFilesystemWithoutRoomIsRefusedSayingHowMuchIsFree() throws Exception {
        Path dataDir = dir.resolve("new").resolve("data");

        FailureAnalysis analysis = analyze(() -> StoreChecks.requireFreeSpace(dataDir, Long.MAX_VALUE));

        assertThat(analysis.getDescription()).contains(dataDir.toString(), "orggraph.embedded.data-dir",
                "is on a filesystem with only", "MB free");
        assertThat(analysis.getAction()).contains("--orggraph.embedded.data-dir=DIR");
        StoreChecks.requireFreeSpace(dataDir, 1);
        assertThat(dataDir.getParent()).doesNotExist();
    }

    @Test
    void aDataDirBelowAFileCannotBeCreated() throws Exception {
        Path file = Files.createFile(dir.resolve("a-file"));
        Path dataDir = file.resolve("data");

        FailureAnalysis analysis = analyze(() -> StoreChecks.requireWritable(dataDir));

        assertThat(analysis.getDescription()).contains(dataDir.toString(), "orggraph.embedded.data-dir",
                "is a file, not a folder");
        assertThat(analysis.getAction()).contains("--orggraph.embedded.data-dir=DIR");
        assertThat(Files.exists(dataDir)).isFalse();
    }

    @Test
    void aReadOnlyDataDirIsRefused() throws Exception {
        assumeThat(System.getProperty("user.name")).as("root may write anywhere").isNotEqualTo("root");
        Path readOnly = Files.createDirectory(dir.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            FailureAnalysis analysis = analyze(() -> StoreChecks.requireWritable(readOnly.resolve("data")));

            assertThat(analysis.getDescription()).contains("is not writable");
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aStoreLockedByAnotherProcessNamesItsPid() throws Exception {
        Path dataDir = dir.resolve("data");
        Path lockFile = Neo4jLayout.of(dataDir).storeLockFile();
        try (OtherProcessLock other = OtherProcessLock.lock(lockFile, dir)) {
            FailureAnalysis analysis = analyze(() -> StoreChecks.requireUnlocked(dataDir));

            assertThat(analysis.getDescription()).contains(dataDir.toString(), "is in use");
            assertThat(analysis.getAction()).contains("Stop the other OrgGraph using this data dir",
                    "--orggraph.embedded.data-dir=DIR");
            if (Files.isReadable(Path.of("/proc/locks"))) {
                assertThat(analysis.getAction()).contains("(pid " + other.pid() + ")");
            }
        }
        // Released: the same store can be opened again.
        StoreChecks.requireUnlocked(dataDir);
    }

    @Test
    void remoteNeo4jUnreachableOrRefusingTheCredentialsNamesTheProperties() {
        MockEnvironment remote = new MockEnvironment().withProperty("orggraph.embedded.enabled", "false")
                .withProperty("spring.neo4j.uri", "bolt://db.example.org:7687");
        var analyzer = new Neo4jConnectionFailureAnalyzer(remote);

        FailureAnalysis unreachable = analyzer.analyze(new BeanCreationException("schemaVersion",
                new ServiceUnavailableException("Unable to connect to db.example.org:7687")));
        assertThat(unreachable.getDescription()).contains("Cannot reach Neo4j at bolt://db.example.org:7687");
        assertThat(unreachable.getAction()).contains("--spring.neo4j.uri=bolt://HOST:PORT");

        FailureAnalysis refused = analyzer.analyze(new BeanCreationException("schemaVersion",
                new AuthenticationException("Neo.ClientError.Security.Unauthorized", "unauthorized")));
        assertThat(refused.getDescription()).contains("refused user 'neo4j'");
        assertThat(refused.getAction()).contains("--spring.neo4j.authentication.password=PASSWORD");

        var embedded = new Neo4jConnectionFailureAnalyzer(new MockEnvironment());
        assertThat(embedded.analyze(new ServiceUnavailableException("x"))).isNull();
    }

    /** What Boot's failure screen shows for the problem {@code failing} throws, wrapped as bean creation wraps it. */
    private static FailureAnalysis analyze(Runnable failing) {
        StartupProblem[] thrown = new StartupProblem[1];
        assertThatThrownBy(failing::run).isInstanceOfSatisfying(StartupProblem.class, p -> thrown[0] = p);
        FailureAnalysis analysis = new StartupProblemFailureAnalyzer()
                .analyze(new BeanCreationException("embeddedNeo4j", "failed", thrown[0]));
        assertThat(analysis).isNotNull();
        return analysis;
    }
}

package org.orggraph.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orggraph.OrgGraphTest;
import org.orggraph.graph.EmbeddedNeo4j;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The real cypher-shell ({@code org.neo4j:cypher-shell}, on its own classpath through the {@code cypher-shell}
 * execution of exec-maven-plugin) against the app's embedded database, run exactly as the README shows.
 */
@OrgGraphTest
class CypherShellTest {

    static final String PASSWORD = "test-password-0123";

    @Autowired
    EmbeddedNeo4j embedded;

    @TempDir
    Path tmp;

    record Shell(int status, String out, String err) {
    }

    @Test
    void theHeshanFiguresCheckPrintsEveryFigureAsOk() throws Exception {
        Shell shell = cypherShell(Path.of("cypher/checks/heshan-figures.cypher").toAbsolutePath());

        assertThat(shell.status()).as(shell.err()).isZero();
        List<String> lines = shell.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("figure, expected, actual, ok");
        List<String> figures = lines.subList(1, lines.size());
        assertThat(figures).hasSizeGreaterThanOrEqualTo(30)
                .anySatisfy(row -> assertThat(row).startsWith("\"covered_members\", 21821, 21821"))
                .allSatisfy(row -> assertThat(row).endsWith(", TRUE"));
    }

    @Test
    void everyAnalysisFileRunsThroughCypherShellWithItsDocumentedParameters() throws Exception {
        StringBuilder script = new StringBuilder();
        for (AnalysisLibrary file : AnalysisLibrary.files()) {
            file.parameterCommands().forEach(command -> script.append(command).append('\n'));
            script.append(file.text().strip()).append('\n');
        }
        Path all = tmp.resolve("all-analyses.cypher");
        Files.writeString(all, script, StandardCharsets.UTF_8);

        Shell shell = cypherShell(all);

        assertThat(shell.status()).as(shell.err()).isZero();
        assertThat(shell.out())
                .contains("unitId, unit, otherUnitId, otherUnit, links, evidence")
                .contains("unitId, unit, kind, degree, weightedDegree, betweenness, pageRank, pageRankRank")
                .contains("allianceId, alliance, needsRaised, needsMatched")
                .contains("\"TOTAL\", \"the whole city\", 347, 40, 1024, 10822");
    }

    private Shell cypherShell(Path file) throws IOException, InterruptedException, URISyntaxException {
        Path basedir = Path.of("").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(basedir.resolve("mvnw").toString(), "-q", "-B",
                "-Dbuild.dir=" + buildDir(), "exec:java@cypher-shell",
                "-Dexec.args=-a " + embedded.boltUri() + " -u neo4j -p " + PASSWORD + " --format plain -f \"" + file + "\""));
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        Process process = new ProcessBuilder(command).directory(basedir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("cypher-shell did not finish in 5 minutes: " + Files.readString(err));
        }
        return new Shell(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** target/ or the -Dbuild.dir of this build: the parent of the test classes. */
    private static Path buildDir() throws URISyntaxException {
        return Path.of(CypherShellTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    }
}

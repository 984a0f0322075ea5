package org.orggraph.analytics.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.orggraph.analytics.ResultFormat;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The options of {@code cypher} as picocli parses them, and the checks the command makes of them together. */
class CypherArgumentsTest {

    static CypherArguments parse(String... args) {
        CypherCommand command = new CypherCommand(System.out, System.err);
        new CommandLine(command).parseArgs(args);
        return command.arguments();
    }

    @Test
    void parametersTakeNumbersBooleansNullQuotedTextJsonOrPlainText() {
        var args = parse("f.cypher", "--param", "n=5", "--param", "x=1.5", "--param",
                "b=true", "--param=z=null", "--param", "q='05'", "--param", "l=[1, \"a\"]", "--param",
                "alliance=alliance:05", "--param", "m={\"k\": 2}");

        assertThat(args.parameters()).containsEntry("n", 5L).containsEntry("x", 1.5).containsEntry("b", true)
                .containsEntry("z", null).containsEntry("q", "05").containsEntry("l", List.of(1, "a"))
                .containsEntry("alliance", "alliance:05").containsEntry("m", Map.of("k", 2));
    }

    @Test
    void optionsAcceptBothSpellingsAndTheRestGoesToTheAppsConfiguration() {
        var args = parse("-e", "RETURN 1", "--format=csv", "--timeout", "2m",
                "--limit=5", "--spring.neo4j.uri=bolt://h:1", "--orggraph.embedded.enabled=false");

        assertThat(args.query()).isEqualTo("RETURN 1");
        assertThat(args.file()).isNull();
        assertThat(args.format()).isEqualTo(ResultFormat.CSV);
        assertThat(args.limits().timeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(args.limits().maxRows()).isEqualTo(5);
        assertThat(args.springArgs()).containsExactly("--spring.neo4j.uri=bolt://h:1", "--orggraph.embedded.enabled=false");
        assertThat(parse("a.cypher").file()).isEqualTo(Path.of("a.cypher"));
    }

    @Test
    void mistakesAreExplained() {
        assertThatThrownBy(() -> parse("a.cypher", "b.cypher"))
                .hasMessageContaining("give one file");
        assertThatThrownBy(() -> parse("a.cypher", "-e", "RETURN 1"))
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> parse("-e")).hasMessageContaining("Missing required parameter for option '--execute'");
        assertThatThrownBy(() -> parse("a.cypher", "--param", "1x=2"))
                .hasMessageContaining("not a parameter name");
        assertThatThrownBy(() -> parse("a.cypher", "--verbose"))
                .hasMessageContaining("Unknown option: '--verbose'");
    }
}

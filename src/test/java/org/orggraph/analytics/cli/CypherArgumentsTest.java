package org.orggraph.analytics.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.orggraph.analytics.ResultFormat;

class CypherArgumentsTest {

    @Test
    void parametersTakeNumbersBooleansNullQuotedTextJsonOrPlainText() {
        var args = CypherArguments.parse(new String[] {"f.cypher", "--param", "n=5", "--param", "x=1.5", "--param",
                "b=true", "--param=z=null", "--param", "q='05'", "--param", "l=[1, \"a\"]", "--param",
                "alliance=alliance:05", "--param", "m={\"k\": 2}"});

        assertThat(args.parameters()).containsEntry("n", 5L).containsEntry("x", 1.5).containsEntry("b", true)
                .containsEntry("z", null).containsEntry("q", "05").containsEntry("l", List.of(1, "a"))
                .containsEntry("alliance", "alliance:05").containsEntry("m", Map.of("k", 2));
    }

    @Test
    void optionsAcceptBothSpellingsAndTheRestGoesToTheAppsConfiguration() {
        var args = CypherArguments.parse(new String[] {"-e", "RETURN 1", "--format=csv", "--timeout", "2m",
                "--limit=5", "--spring.neo4j.uri=bolt://h:1", "--orggraph.embedded.enabled=false"});

        assertThat(args.query()).isEqualTo("RETURN 1");
        assertThat(args.file()).isNull();
        assertThat(args.format()).isEqualTo(ResultFormat.CSV);
        assertThat(args.limits().timeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(args.limits().maxRows()).isEqualTo(5);
        assertThat(args.springArgs()).containsExactly("--spring.neo4j.uri=bolt://h:1", "--orggraph.embedded.enabled=false");
        assertThat(CypherArguments.parse(new String[] {"a.cypher"}).file()).isEqualTo(Path.of("a.cypher"));
    }

    @Test
    void mistakesAreExplained() {
        assertThatThrownBy(() -> CypherArguments.parse(new String[] {"a.cypher", "b.cypher"}))
                .hasMessageContaining("give one file");
        assertThatThrownBy(() -> CypherArguments.parse(new String[] {"a.cypher", "-e", "RETURN 1"}))
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> CypherArguments.parse(new String[] {"-e"})).hasMessageContaining("-e needs");
        assertThatThrownBy(() -> CypherArguments.parse(new String[] {"a.cypher", "--param", "1x=2"}))
                .hasMessageContaining("not a parameter name");
        assertThatThrownBy(() -> CypherArguments.parse(new String[] {"a.cypher", "--verbose"}))
                .hasMessageContaining("unknown option '--verbose'");
    }
}

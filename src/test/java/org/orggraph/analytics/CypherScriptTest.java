package org.orggraph.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CypherScriptTest {

    @Test
    void statementsSplitOnSemicolonsOutsideStringsAndComments() {
        String script = """
                // a comment; with a semicolon
                MATCH (n {name: 'a;b'}) RETURN n; /* block; comment */
                RETURN "x;y" AS `odd;name`;
                // only a comment at the end;
                """;

        assertThat(CypherScript.statements(script)).containsExactly(
                "// a comment; with a semicolon\nMATCH (n {name: 'a;b'}) RETURN n",
                "/* block; comment */\nRETURN \"x;y\" AS `odd;name`");
    }

    @Test
    void parameterNamesSkipStringsAndComments() {
        String statement = "// $notThis\nWITH coalesce($alliance, 'x$y') AS a, $`odd name` AS b MATCH (n) WHERE n.id = $id"
                + " /* $nor */ RETURN $alliance";

        assertThat(CypherScript.parameterNames(statement)).containsExactly("alliance", "odd name", "id");
    }
}

package org.orggraph.node;

import java.util.ArrayList;
import java.util.List;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

/**
 * What a connection's selection asks of its items, read by walking the selected fields. Why not
 * {@code getFields("edges/node/*", "nodes/*")} and {@code contains("totalCount")}: GraphQL Java compiles each glob
 * into a regular expression on every call, and a relationship connection asks once per parent object (every party
 * organization of a nested list), which made the globs a visible share of the CPU of a nested request.
 */
final class Selections {

    private Selections() {
    }

    /** The fields selected on the items of a connection: under {@code edges { node }} and under {@code nodes}. */
    static List<SelectedField> itemFields(DataFetchingFieldSelectionSet connection) {
        List<SelectedField> fields = new ArrayList<>();
        for (SelectedField field : connection.getImmediateFields()) {
            if (field.getName().equals("nodes")) {
                fields.addAll(field.getSelectionSet().getImmediateFields());
            } else if (field.getName().equals("edges")) {
                for (SelectedField edge : field.getSelectionSet().getImmediateFields()) {
                    if (edge.getName().equals("node")) {
                        fields.addAll(edge.getSelectionSet().getImmediateFields());
                    }
                }
            }
        }
        return fields;
    }

    /** Whether a field of this name is selected directly (e.g. a connection's {@code totalCount}). */
    static boolean selects(DataFetchingFieldSelectionSet selection, String name) {
        for (SelectedField field : selection.getImmediateFields()) {
            if (field.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }
}

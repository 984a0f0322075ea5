package org.orggraph.importer;

import java.util.List;
import java.util.Map;

import org.orggraph.model.NodeLabel;

/** The rows of a file set once every cell is read and checked, ready to be compared with the graph. */
record ImportRows(List<NodeRow> nodes, List<RelRow> relationships, List<ImportError> errors, int rowsRead) {

    /** A node to merge on its label and id; {@code member} adds the label Member (a Person's member column). */
    record NodeRow(FileType.Nodes type, String id, Map<String, Object> properties, boolean member) {
    }

    /** A relationship between two nodes whose labels are known (from the files or the graph). */
    record RelRow(FileType.Relationships type, NodeLabel fromLabel, String from, NodeLabel toLabel, String to,
            Map<String, Object> properties) {
    }
}

package org.orggraph.importer;

import java.util.List;
import java.util.Optional;

import org.orggraph.model.NodeLabel;
import org.orggraph.model.RelType;

/**
 * What one import file holds: the nodes of one label or the relationships of one type. A file is named by its type,
 * in English or Chinese ({@code Person.csv}, {@code 人员.xlsx}, {@code WORKS_AT.json}, {@code 工作单位.csv}).
 */
public sealed interface FileType permits FileType.Nodes, FileType.Relationships {

    /** The English name (a label or a relationship type). */
    String name();

    /** The Chinese name accepted in its place. */
    String chinese();

    List<Column> columns();

    default Optional<Column> column(String header) {
        String h = header.strip();
        return columns().stream()
                .filter(c -> c.name().equalsIgnoreCase(h) || c.chinese().equals(h))
                .findFirst();
    }

    /**
     * Nodes of one label; the first column is always {@code id}. {@code name}, when present, also gets
     * {@code pinyin} and {@code initials}; {@code memberColumn} (Person's {@code member}) adds the label Member.
     */
    record Nodes(NodeLabel label, String chinese, List<Column> columns) implements FileType {
        public Nodes {
            columns = List.copyOf(columns);
        }

        @Override
        public String name() {
            return label.name();
        }
    }

    /** Which labels a relationship may connect: any of {@code from} to any of {@code to}. */
    record Ends(List<NodeLabel> from, List<NodeLabel> to) {
        public Ends {
            from = List.copyOf(from);
            to = List.copyOf(to);
        }
    }

    /** Relationships of one type; the first two columns are {@code from} and {@code to}, ids of their nodes. */
    record Relationships(RelType type, String chinese, List<Ends> ends, List<Column> columns) implements FileType {
        public Relationships {
            ends = List.copyOf(ends);
            columns = List.copyOf(columns);
        }

        @Override
        public String name() {
            return type.name();
        }

        public boolean allows(NodeLabel from, NodeLabel to) {
            return ends.stream().anyMatch(e -> e.from().contains(from) && e.to().contains(to));
        }

        public List<NodeLabel> fromLabels() {
            return ends.stream().flatMap(e -> e.from().stream()).distinct().toList();
        }

        public List<NodeLabel> toLabels() {
            return ends.stream().flatMap(e -> e.to().stream()).distinct().toList();
        }
    }
}

package org.orggraph.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.orggraph.model.NodeLabel;
import org.orggraph.names.ChinesePinyin;

/**
 * Reads and checks every row of a file set before anything is written: known file types and columns, required
 * cells, types and enum values, no duplicate ids or links, no self links, and the ends of every relationship
 * exist (in the files or the graph) with a label the relationship type allows. Each problem is one
 * {@link ImportError} naming file, line, column and reason.
 */
final class ImportValidator {

    private final ImportFormat format;

    ImportValidator(ImportFormat format) {
        this.format = format;
    }

    /** A file read and its header mapped to columns; {@code columns} index by header position (null: not mapped). */
    private record Parsed(FileType type, Table table, List<Column> columns) {
    }

    /** A relationship row before its ends are resolved. */
    private record PendingLink(FileType.Relationships type, Table table, int line, String from, String to,
            Map<String, Object> properties) {
    }

    ImportRows validate(List<SourceFile> files, GraphLookup graph) {
        List<ImportError> errors = new ArrayList<>();
        List<Parsed> parsed = new ArrayList<>();
        for (SourceFile file : files) {
            parse(file, errors).ifPresent(parsed::add);
        }
        // nodes first (their ids are what relationships may reference), then relationships
        parsed.sort(Comparator.comparing(p -> p.type() instanceof FileType.Relationships));
        List<ImportRows.NodeRow> nodes = new ArrayList<>();
        Map<String, Set<NodeLabel>> fileIds = new HashMap<>();
        Map<NodeLabel, Map<String, String>> seen = new EnumMap<>(NodeLabel.class);
        List<PendingLink> links = new ArrayList<>();
        Map<String, String> seenLinks = new HashMap<>();
        int rowsRead = 0;
        for (Parsed p : parsed) {
            for (Table.Row row : p.table().rows()) {
                rowsRead++;
                Map<String, Object> values = cells(p, row, errors);
                if (values == null) {
                    continue;
                }
                if (p.type() instanceof FileType.Nodes type) {
                    String id = (String) values.remove(ImportFormat.ID);
                    String where = where(p.table(), row.line());
                    String first = seen.computeIfAbsent(type.label(), l -> new HashMap<>()).putIfAbsent(id, where);
                    if (first != null) {
                        errors.add(ImportError.at(p.table(), row.line(), ImportFormat.ID, "import.id.duplicate", id,
                                first));
                        continue;
                    }
                    fileIds.computeIfAbsent(id, i -> new HashSet<>()).add(type.label());
                    Object member = values.remove(ImportFormat.MEMBER);
                    nodes.add(new ImportRows.NodeRow(type, id, values, Boolean.TRUE.equals(member)));
                } else {
                    FileType.Relationships type = (FileType.Relationships) p.type();
                    String from = (String) values.remove(ImportFormat.FROM);
                    String to = (String) values.remove(ImportFormat.TO);
                    if (from.equals(to)) {
                        errors.add(ImportError.at(p.table(), row.line(), ImportFormat.TO, "import.link.self", from));
                        continue;
                    }
                    String first = seenLinks.putIfAbsent(type.name() + '\u0000' + GraphLookup.key(from, to),
                            where(p.table(), row.line()));
                    if (first != null) {
                        errors.add(ImportError.at(p.table(), row.line(), ImportFormat.TO, "import.link.duplicate",
                                from, to, first));
                        continue;
                    }
                    links.add(new PendingLink(type, p.table(), row.line(), from, to, values));
                }
            }
        }
        List<ImportRows.RelRow> relationships = resolve(links, fileIds, graph, errors);
        if (errors.isEmpty()) {
            spell(nodes);
        }
        errors.sort(Comparator.comparing(ImportError::file).thenComparingInt(ImportError::line));
        return new ImportRows(nodes, relationships, errors, rowsRead);
    }

    /**
     * Gives every named node its {@code pinyin} and {@code initials}. Rosters repeat names (and the dictionary's word
     * segmentation is the slowest step of a big import), so each distinct name is spelled once, on all cores.
     */
    private static void spell(List<ImportRows.NodeRow> nodes) {
        Map<String, ChinesePinyin.Spelling> people = new ConcurrentHashMap<>();
        Map<String, ChinesePinyin.Spelling> others = new ConcurrentHashMap<>();
        nodes.parallelStream().forEach(node -> {
            if (node.properties().get(ImportFormat.NAME) instanceof String name) {
                ChinesePinyin.Spelling spelling = node.type().label() == NodeLabel.Person
                        ? people.computeIfAbsent(name, ChinesePinyin::ofPerson)
                        : others.computeIfAbsent(name, ChinesePinyin::of);
                node.properties().put("pinyin", spelling.pinyin());
                node.properties().put("initials", spelling.initials());
            }
        });
    }

    private static String where(Table table, int line) {
        return table.file() + ":" + line;
    }

    /** The file's type and header, or nothing (with the reason in {@code errors}). */
    private Optional<Parsed> parse(SourceFile file, List<ImportError> errors) {
        Optional<FileType> type = format.forFileName(file.baseName());
        if (type.isEmpty()) {
            errors.add(ImportError.ofFile(file.name(), "import.file.type", file.baseName(), format.types().stream()
                    .map(FileType::name).collect(Collectors.joining(", "))));
            return Optional.empty();
        }
        Table table;
        try {
            table = TableReaders.read(file);
        } catch (ImportProblem problem) {
            errors.add(problem.error());
            return Optional.empty();
        }
        List<Column> columns = new ArrayList<>();
        Set<String> mapped = new LinkedHashSet<>();
        boolean headerOk = true;
        for (String header : table.headers()) {
            String h = header == null ? "" : header.replace("\uFEFF", "").strip();
            if (h.isEmpty()) {
                columns.add(null);
                continue;
            }
            Optional<Column> column = type.get().column(h);
            if (column.isEmpty()) {
                errors.add(ImportError.at(table, 1, h, "import.column.unknown", h, columnNames(type.get())));
                headerOk = false;
                columns.add(null);
            } else if (!mapped.add(column.get().name())) {
                errors.add(ImportError.at(table, 1, h, "import.column.twice", column.get().name()));
                headerOk = false;
                columns.add(null);
            } else {
                columns.add(column.get());
            }
        }
        for (Column column : type.get().columns()) {
            if (column.required() && !mapped.contains(column.name())) {
                errors.add(ImportError.at(table, 1, column.name(), "import.column.missing", column.name(),
                        column.chinese()));
                headerOk = false;
            }
        }
        return headerOk ? Optional.of(new Parsed(type.get(), table, columns)) : Optional.empty();
    }

    private static String columnNames(FileType type) {
        return type.columns().stream().map(c -> c.name() + "/" + c.chinese()).collect(Collectors.joining(", "));
    }

    /** The row's values by column name, or null when a cell is wrong (its errors added). */
    private static Map<String, Object> cells(Parsed p, Table.Row row, List<ImportError> errors) {
        Map<String, Object> values = new LinkedHashMap<>();
        boolean ok = true;
        Set<String> filled = new HashSet<>();
        for (int i = 0; i < p.columns().size(); i++) {
            Column column = p.columns().get(i);
            String text = row.cell(i);
            if (column == null || text == null) {
                continue;
            }
            filled.add(column.name());
            CellValues.Result result = CellValues.convert(column, text);
            if (result instanceof CellValues.Value value) {
                values.put(column.name(), value.value());
            } else {
                CellValues.Invalid invalid = (CellValues.Invalid) result;
                errors.add(new ImportError(p.table().file(), p.table().sheet(), row.line(), column.name(),
                        invalid.code(), invalid.args()));
                ok = false;
            }
        }
        for (Column column : p.type().columns()) {
            if (column.required() && !filled.contains(column.name())) {
                errors.add(ImportError.at(p.table(), row.line(), column.name(), "import.cell.required", column.name()));
                ok = false;
            }
        }
        return ok ? values : null;
    }

    /** The labels of both ends of every link, from the files or else the graph; a missing or wrong end is an error. */
    private static List<ImportRows.RelRow> resolve(List<PendingLink> links, Map<String, Set<NodeLabel>> fileIds,
            GraphLookup graph, List<ImportError> errors) {
        Map<NodeLabel, Set<String>> askGraph = new EnumMap<>(NodeLabel.class);
        for (PendingLink link : links) {
            ask(link.from(), link.type().fromLabels(), fileIds, askGraph);
            ask(link.to(), link.type().toLabels(), fileIds, askGraph);
        }
        Map<String, Set<NodeLabel>> graphIds = new HashMap<>();
        askGraph.forEach((label, ids) -> graph.existing(label, List.copyOf(ids))
                .forEach(id -> graphIds.computeIfAbsent(id, i -> new HashSet<>()).add(label)));
        List<ImportRows.RelRow> rows = new ArrayList<>();
        List<PendingLink> unresolved = new ArrayList<>();
        for (PendingLink link : links) {
            NodeLabel from = label(link.from(), link.type().fromLabels(), fileIds, graphIds);
            NodeLabel to = label(link.to(), link.type().toLabels(), fileIds, graphIds);
            if (from == null || to == null) {
                unresolved.add(link);
            } else if (!link.type().allows(from, to)) {
                errors.add(ImportError.at(link.table(), link.line(), ImportFormat.TO, "import.link.ends",
                        link.type().name(), from.name(), to.name(), ends(link.type())));
            } else {
                rows.add(new ImportRows.RelRow(link.type(), from, link.from(), to, link.to(), link.properties()));
            }
        }
        if (!unresolved.isEmpty()) {
            Set<String> missing = new HashSet<>();
            unresolved.forEach(l -> {
                missing.add(l.from());
                missing.add(l.to());
            });
            Map<String, String> otherLabels = new HashMap<>(graph.labelsOf(missing));
            fileIds.forEach((id, labels) -> otherLabels.putIfAbsent(id, labels.iterator().next().name()));
            for (PendingLink link : unresolved) {
                if (label(link.from(), link.type().fromLabels(), fileIds, graphIds) == null) {
                    errors.add(missingEnd(link, ImportFormat.FROM, link.from(), link.type().fromLabels(), otherLabels));
                }
                if (label(link.to(), link.type().toLabels(), fileIds, graphIds) == null) {
                    errors.add(missingEnd(link, ImportFormat.TO, link.to(), link.type().toLabels(), otherLabels));
                }
            }
        }
        return rows;
    }

    private static ImportError missingEnd(PendingLink link, String column, String id, List<NodeLabel> allowed,
            Map<String, String> otherLabels) {
        String labels = allowed.stream().map(NodeLabel::name).collect(Collectors.joining(", "));
        String other = otherLabels.get(id);
        return other == null
                ? ImportError.at(link.table(), link.line(), column, "import.ref.missing", id, labels)
                : ImportError.at(link.table(), link.line(), column, "import.ref.label", id, other, link.type().name(),
                        labels);
    }

    private static String ends(FileType.Relationships type) {
        return type.ends().stream().map(e -> e.from().stream().map(NodeLabel::name).collect(Collectors.joining("|"))
                + " -> " + e.to().stream().map(NodeLabel::name).collect(Collectors.joining("|")))
                .collect(Collectors.joining("; "));
    }

    private static void ask(String id, List<NodeLabel> labels, Map<String, Set<NodeLabel>> fileIds,
            Map<NodeLabel, Set<String>> askGraph) {
        Set<NodeLabel> inFiles = fileIds.getOrDefault(id, Set.of());
        if (labels.stream().noneMatch(inFiles::contains)) {
            labels.forEach(l -> askGraph.computeIfAbsent(l, x -> new HashSet<>()).add(id));
        }
    }

    private static NodeLabel label(String id, List<NodeLabel> allowed, Map<String, Set<NodeLabel>> fileIds,
            Map<String, Set<NodeLabel>> graphIds) {
        Set<NodeLabel> inFiles = fileIds.getOrDefault(id, Set.of());
        Set<NodeLabel> inGraph = graphIds.getOrDefault(id, Set.of());
        return allowed.stream().filter(l -> inFiles.contains(l) || inGraph.contains(l)).findFirst().orElse(null);
    }
}

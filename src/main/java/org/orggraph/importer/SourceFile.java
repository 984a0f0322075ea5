package org.orggraph.importer;

import java.util.Locale;

/** A file given to the import: its name (which names its type and format) and its bytes. */
public record SourceFile(String name, byte[] content) {

    /** The name without folder and extension: {@code Person} for {@code rosters/Person.csv}. */
    public String baseName() {
        String n = name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        int dot = n.lastIndexOf('.');
        return dot < 0 ? n : n.substring(0, dot);
    }

    /** The extension, lower case, without dot ({@code csv}); empty when there is none. */
    public String extension() {
        String n = name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}

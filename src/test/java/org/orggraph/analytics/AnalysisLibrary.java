package org.orggraph.analytics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The files of {@code cypher/analysis/} (packaged as {@code classpath:cypher/analysis/}), as tests read them. */
public record AnalysisLibrary(String name, String text) {

    private static final Pattern PARAM_LINE = Pattern.compile("^//\\s+:param\\s+(\\w+)\\s*=>\\s*(.+?)\\s*(//.*)?$",
            Pattern.MULTILINE);

    public static List<AnalysisLibrary> files() {
        try {
            List<AnalysisLibrary> files = new ArrayList<>();
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources("classpath:cypher/analysis/*.cypher")) {
                files.add(new AnalysisLibrary(resource.getFilename(),
                        resource.getContentAsString(StandardCharsets.UTF_8)));
            }
            files.sort(Comparator.comparing(AnalysisLibrary::name));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AnalysisLibrary file(String prefix) {
        return files().stream().filter(f -> f.name().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no cypher/analysis/" + prefix + "*.cypher"));
    }

    /** The comment block before the first line of Cypher. */
    public String header() {
        StringBuilder header = new StringBuilder();
        for (String line : text.lines().toList()) {
            if (!line.startsWith("//")) {
                break;
            }
            header.append(line).append('\n');
        }
        return header.toString();
    }

    /** The parameters the header documents with {@code // :param name => default}. */
    public Set<String> documentedParameters() {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PARAM_LINE.matcher(header());
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The header's {@code :param} lines as Browser and cypher-shell take them. */
    public List<String> parameterCommands() {
        List<String> commands = new ArrayList<>();
        Matcher m = PARAM_LINE.matcher(header());
        while (m.find()) {
            commands.add(":param " + m.group(1) + " => " + m.group(2));
        }
        return commands;
    }
}

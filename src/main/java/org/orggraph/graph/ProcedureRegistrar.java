package org.orggraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.procedure.Procedure;
import org.neo4j.procedure.UserAggregationFunction;
import org.neo4j.procedure.UserFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.core.type.classreading.MetadataReader;

/**
 * Registers APOC core and Graph Data Science with the embedded database. Neo4j only discovers procedures in
 * its plugin directory, and copied plugin jars break on version clashes; on the classpath with matching
 * versions they work, but then the app has to register them itself, the way Neo4j's plugin loader would.
 */
final class ProcedureRegistrar {

    private static final Logger log = LoggerFactory.getLogger(ProcedureRegistrar.class);

    /**
     * APOC packages left out: {@code apoc.load.*} fetches URLs and files ({@code apoc.load.json},
     * {@code jsonParams}, {@code xml}, {@code arrow}, {@code apoc.import.xml}); {@code apoc.export.*} streams or
     * writes the whole graph and holds the file importers ({@code apoc.import.csv}, {@code json},
     * {@code graphml}). No analysis needs them; the data is loaded by the app's own importer.
     */
    static final List<String> EXCLUDED_PACKAGES = List.of("apoc.load.", "apoc.export.");

    private final ClassLoader classLoader;

    ProcedureRegistrar(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    record Registered(int procedureClasses, int functionClasses, int skipped) {
    }

    Registered register(GraphDatabaseAPI database) {
        long started = System.nanoTime();
        GlobalProcedures procedures = database.getDependencyResolver().resolveDependency(GlobalProcedures.class);
        Counter counter = new Counter();
        // GDS lists its procedure classes the way Neo4j's own service loading expects them; a class may be in
        // both lists. APOC has no such lists: its annotated classes are found by scanning.
        Set<String> classes = new LinkedHashSet<>();
        classes.addAll(serviceListed("META-INF/services/org.neo4j.procedure.Procedure", "org.neo4j.gds."));
        classes.addAll(serviceListed("META-INF/services/org.neo4j.procedure.UserFunction", "org.neo4j.gds."));
        classes.addAll(apocClasses());
        for (String name : classes) {
            registerClass(procedures, name, counter);
        }
        log.info("Registered APOC and GDS: {} procedure classes, {} function classes ({} skipped) in {} ms",
                counter.procedures, counter.functions, counter.skipped, (System.nanoTime() - started) / 1_000_000);
        return new Registered(counter.procedures, counter.functions, counter.skipped);
    }

    private static final class Counter {
        int procedures;
        int functions;
        int skipped;
    }

    private void registerClass(GlobalProcedures procedures, String className, Counter counter) {
        try {
            Class<?> type = Class.forName(className, false, classLoader);
            boolean hasProcedure = false;
            boolean hasFunction = false;
            boolean hasAggregation = false;
            for (Method method : type.getDeclaredMethods()) {
                hasProcedure |= method.isAnnotationPresent(Procedure.class);
                hasFunction |= method.isAnnotationPresent(UserFunction.class);
                hasAggregation |= method.isAnnotationPresent(UserAggregationFunction.class);
            }
            if (hasProcedure) {
                procedures.registerProcedure(type);
                counter.procedures++;
            }
            if (hasFunction) {
                procedures.registerFunction(type);
                counter.functions++;
            }
            if (hasAggregation) {
                procedures.registerAggregationFunction(type);
                counter.functions++;
            }
        } catch (LinkageError | ClassNotFoundException e) {
            // As Neo4j does: a class needing jars that are not here (APOC's Arrow support) is left out.
            counter.skipped++;
            log.debug("Skipped procedure class {}: {}", className, e.toString());
        } catch (org.neo4j.internal.kernel.api.exceptions.ProcedureException e) {
            if (!String.valueOf(e.getMessage()).contains("already in use")) {
                throw new IllegalStateException("Cannot register the procedures of " + className, e);
            }
            // Some GDS procedures (the license state) are registered by its own extension already.
            counter.skipped++;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot register the procedures of " + className, e);
        }
    }

    private Set<String> serviceListed(String resource, String prefix) {
        Set<String> names = new LinkedHashSet<>();
        try {
            var urls = classLoader.getResources(resource);
            while (urls.hasMoreElements()) {
                try (InputStream in = urls.nextElement().openStream()) {
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                        String name = line.strip();
                        if (name.startsWith(prefix)) {
                            names.add(name);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
        return names;
    }

    private List<String> apocClasses() {
        var resolver = new PathMatchingResourcePatternResolver(classLoader);
        var readers = new CachingMetadataReaderFactory(classLoader);
        List<String> names = new ArrayList<>();
        try {
            for (Resource resource : resolver.getResources("classpath*:apoc/**/*.class")) {
                MetadataReader reader = readers.getMetadataReader(resource);
                var metadata = reader.getAnnotationMetadata();
                if (EXCLUDED_PACKAGES.stream().anyMatch(metadata.getClassName()::startsWith)) {
                    continue;
                }
                if (metadata.hasAnnotatedMethods(Procedure.class.getName())
                        || metadata.hasAnnotatedMethods(UserFunction.class.getName())
                        || metadata.hasAnnotatedMethods(UserAggregationFunction.class.getName())) {
                    names.add(metadata.getClassName());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot scan the classpath for APOC", e);
        }
        return names;
    }
}

package org.orggraph.api;

import java.util.Collection;
import java.util.List;

import graphql.language.Description;
import graphql.language.FieldDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.TypeName;
import graphql.relay.Connection;
import graphql.relay.DefaultPageInfo;
import graphql.relay.Edge;
import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.ConnectionAdapter;
import org.springframework.graphql.data.pagination.ConnectionAdapterSupport;
import org.springframework.graphql.data.pagination.ConnectionFieldTypeVisitor;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.execution.ConnectionTypeDefinitionConfigurer;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Relay connections by Spring for GraphQL: the SDL names a {@code XConnection} type and declares no more;
 * {@link ConnectionTypeDefinitionConfigurer} generates it with {@code XEdge} and {@code PageInfo}, and
 * {@link ConnectionFieldTypeVisitor} turns the {@link Page} a data fetcher returns into the connection, each cursor
 * written by the application's {@code CursorStrategy<ScrollPosition>} ({@link PageRequests}). Two fields are added
 * to every generated connection: {@code nodes} (the edges' nodes) and {@code totalCount} (computed only when
 * selected). Every connection field's {@link Page} also becomes the local context of its connection
 * ({@link PageContext}), because Spring answers an empty page with a shared empty connection: {@code totalCount}
 * and, for empty pages, {@code pageInfo} come from the page itself.
 */
@Configuration(proxyBeanMethods = false)
class PageConnections {

    /**
     * Registered before Boot's own connection visitor (which knows Spring Data's {@code Window} and {@code Slice}),
     * so that ours sees the {@link Page} first and Boot's passes the finished connection through.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    GraphQlSourceBuilderCustomizer pageConnectionTypes(CursorStrategy<ScrollPosition> cursors, PageRequests requests) {
        return builder -> builder
                .configureTypeDefinitions(PageConnections::addConnectionTypes)
                .typeVisitors(List.of(new PageContext(),
                        ConnectionFieldTypeVisitor.create(List.of(new PageAdapter(cursors, requests)))));
    }

    @Bean
    RuntimeWiringConfigurer pageConnectionFields() {
        return new RuntimeWiringConfigurer() {
            private TypeDefinitionRegistry registry;

            @Override
            public void setTypeDefinitionRegistry(TypeDefinitionRegistry registry) {
                this.registry = registry;
            }

            @Override
            public void configure(RuntimeWiring.Builder wiring) {
                for (String connection : connectionTypes(registry)) {
                    wiring.type(connection, type -> type
                            .dataFetcher("totalCount", totalCount())
                            .dataFetcher("nodes", nodes())
                            .dataFetcher("pageInfo", pageInfo()));
                }
            }
        };
    }

    /** Spring's generated connection types, each with {@code nodes} and {@code totalCount} added. */
    static void addConnectionTypes(TypeDefinitionRegistry registry) {
        new ConnectionTypeDefinitionConfigurer().configure(registry);
        for (String connection : connectionTypes(registry)) {
            if (registry.getTypeOrNull(connection) instanceof ObjectTypeDefinition definition
                    && definition.getFieldDefinitions().stream().noneMatch(f -> f.getName().equals("totalCount"))) {
                String node = connection.substring(0, connection.length() - "Connection".length());
                registry.add(ObjectTypeExtensionDefinition.newObjectTypeExtensionDefinition().name(connection)
                        .fieldDefinition(field("nodes", "The items of the page (the edges' nodes).",
                                new NonNullType(new ListType(new NonNullType(new TypeName(node))))))
                        .fieldDefinition(field("totalCount", "How many items the whole list has (all pages, these"
                                + " arguments); counted only when selected.", new NonNullType(new TypeName("Int"))))
                        .build());
            }
        }
    }

    private static FieldDefinition field(String name, String description, graphql.language.Type<?> type) {
        return FieldDefinition.newFieldDefinition().name(name).type(type)
                .description(new Description(description, null, false)).build();
    }

    // totalCount, nodes and pageInfo read the connection or its page, nothing else: trivial fetchers, which Spring
    // for GraphQL neither wraps for context propagation nor observes (it did, once per connection of a nested list).

    /** The connection types of the schema: those Spring generates (an {@code edges} and a {@code pageInfo} field). */
    static List<String> connectionTypes(TypeDefinitionRegistry registry) {
        return registry.getTypes(ObjectTypeDefinition.class).stream()
                .filter(t -> t.getName().endsWith("Connection"))
                .filter(t -> t.getFieldDefinitions().stream().anyMatch(f -> f.getName().equals("pageInfo")))
                .map(ObjectTypeDefinition::getName)
                .toList();
    }

    private static DataFetcher<Integer> totalCount() {
        return (TrivialDataFetcher<Integer>) env -> {
            if (!(env.getLocalContext() instanceof Page<?> page) || page.total() == null) {
                throw new IllegalStateException(env.getExecutionStepInfo().getPath()
                        + ": the list did not count although totalCount was selected");
            }
            return page.total();
        };
    }

    private static DataFetcher<List<Object>> nodes() {
        return (TrivialDataFetcher<List<Object>>) env -> {
            Connection<Object> connection = env.getSource();
            return connection.getEdges().stream().map(Edge::getNode).toList();
        };
    }

    private static DataFetcher<graphql.relay.PageInfo> pageInfo() {
        return (TrivialDataFetcher<graphql.relay.PageInfo>) env -> {
            Connection<?> connection = env.getSource();
            if (connection.getEdges().isEmpty() && env.getLocalContext() instanceof Page<?> page) {
                return new DefaultPageInfo(null, null, page.hasPrevious(), page.hasNext());
            }
            return connection.getPageInfo();
        };
    }

    /** A {@link Page} as a connection: keyset cursors, whether items precede and follow. */
    static final class PageAdapter extends ConnectionAdapterSupport<ScrollPosition> implements ConnectionAdapter {

        private final PageRequests requests;

        PageAdapter(CursorStrategy<ScrollPosition> cursors, PageRequests requests) {
            super(cursors);
            this.requests = requests;
        }

        @Override
        public boolean supports(Class<?> containerType) {
            return Page.class.isAssignableFrom(containerType);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> Collection<T> getContent(Object container) {
            return ((Page<T>) container).items();
        }

        @Override
        public boolean hasPrevious(Object container) {
            return ((Page<?>) container).hasPrevious();
        }

        @Override
        public boolean hasNext(Object container) {
            return ((Page<?>) container).hasNext();
        }

        @Override
        public String cursorAt(Object container, int index) {
            Page<?> page = (Page<?>) container;
            return requests.cursor(page.request(), page.keysets().get(index));
        }
    }
}

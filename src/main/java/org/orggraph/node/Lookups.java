package org.orggraph.node;

import java.util.List;

import graphql.language.FieldDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.NonNullType;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import org.orggraph.model.NodeLabel;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;
import org.springframework.stereotype.Component;

/**
 * Typed root lookups by convention: every {@code Query} field {@code x(id: ID!): X} whose type {@code X} is a node
 * type ({@code community(id:)}, {@code unit(id:)}, {@code person(id:)}, …) is answered here, through the read
 * path: an id of another kind is BAD_USER_INPUT, an id that names nothing NOT_FOUND. Adding one is one line of SDL.
 */
@Component
class Lookups extends SdlWiring {

    private final NodeResolver resolver;
    private final ReadPath readPath;

    Lookups(NodeResolver resolver, ReadPath readPath) {
        this.resolver = resolver;
        this.readPath = readPath;
    }

    @Override
    public void configure(RuntimeWiring.Builder wiring) {
        for (FieldDefinition field : queryFields()) {
            NodeLabel label = lookedUp(field);
            if (label != null) {
                Lookup lookup = new Lookup(label, readPath.typeOf(label), field.getInputValueDefinitions().size() == 2);
                wiring.type("Query", type -> type.dataFetcher(field.getName(), lookup));
            }
        }
    }

    /**
     * The label a {@code x(id: ID!): X} field looks up, or {@code null} for any other field. A lookup may also take
     * {@code asOf: Date}: the fields below it then read the network as of that day ({@link AsOf}).
     */
    private static NodeLabel lookedUp(FieldDefinition field) {
        List<InputValueDefinition> arguments = field.getInputValueDefinitions();
        boolean asOf = arguments.size() == 2 && arguments.get(1).getName().equals(AsOf.ARGUMENT)
                && arguments.get(1).getType() instanceof TypeName date && date.getName().equals("Date");
        if ((arguments.size() != 1 && !asOf) || !arguments.get(0).getName().equals("id")
                || !(arguments.get(0).getType() instanceof NonNullType id)
                || !((TypeName) id.getType()).getName().equals("ID")) {
            return null;
        }
        Type<?> type = unwrap(field.getType());
        NodeLabel label = type instanceof TypeName name ? NodeLabel.of(name.getName()) : null;
        return label == NodeLabel.Member ? null : label;
    }

    private final class Lookup implements SelfDescribingDataFetcher<Object> {

        private final NodeLabel label;
        private final Class<?> type;
        private final boolean asOf;

        Lookup(NodeLabel label, Class<?> type, boolean asOf) {
            this.label = label;
            this.type = type;
            this.asOf = asOf;
        }

        @Override
        public Object get(DataFetchingEnvironment env) {
            String id = env.getArgument("id");
            IdArguments.requireKind("id", id, label);
            return resolver.require(id, type);
        }

        @Override
        public String getDescription() {
            return "lookup of a " + label + " by id";
        }

        @Override
        public ResolvableType getReturnType() {
            return ResolvableType.forClass(type);
        }

        @Override
        public java.util.Map<String, ResolvableType> getArguments() {
            return asOf ? java.util.Map.of("id", ResolvableType.forClass(String.class),
                    AsOf.ARGUMENT, ResolvableType.forClass(java.time.LocalDate.class))
                    : java.util.Map.of("id", ResolvableType.forClass(String.class));
        }
    }
}

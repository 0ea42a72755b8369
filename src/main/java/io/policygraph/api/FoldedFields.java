package io.policygraph.api;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.PropertyDataFetcher;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.policygraph.graph.CityNode;
import io.policygraph.graph.DeadlineNode;
import io.policygraph.graph.DepartmentNode;
import io.policygraph.graph.DocumentNode;
import io.policygraph.graph.ProjectNode;
import io.policygraph.graph.Selection;
import io.policygraph.graph.SourceSpan;
import io.policygraph.graph.TargetNode;
import io.policygraph.graph.TaskNode;
import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Serves the objects a root field's one statement returned. Those come as maps that already hold
 * every field the request selected (links under {@link Selection#linkKey}); each field of these types
 * answers from the map when it is there, and otherwise runs its resolver with the record the resolver
 * expects, so a field the statement could not fold still works (through its batch loader).
 */
@Configuration(proxyBeanMethods = false)
class FoldedFields {

    static final Set<String> TYPES = Set.of(TaskNode.TYPE, DepartmentNode.TYPE, DocumentNode.TYPE, DeadlineNode.TYPE,
            CityNode.TYPE, TargetNode.TYPE, ProjectNode.TYPE, "SourceSpan");

    @Bean
    GraphQlSourceBuilderCustomizer foldedFieldsCustomizer() {
        return builder -> builder.typeVisitors(List.of(new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
                                                                TraverserContext<GraphQLSchemaElement> context) {
                if (context.getParentNode() instanceof GraphQLObjectType type && TYPES.contains(type.getName())) {
                    var registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
                    var coordinates = FieldCoordinates.coordinates(type, field);
                    var resolver = registry.getDataFetcher(coordinates, field);
                    if (!field.getName().equals("id")) { // ids read the key themselves (GraphQlWiring)
                        registry.dataFetcher(coordinates,
                                resolver instanceof TrivialDataFetcher<?> || resolver instanceof PropertyDataFetcher<?>
                                        ? new Trivial(type.getName(), resolver) : new Folded(type.getName(), resolver));
                    }
                }
                return TraversalControl.CONTINUE;
            }
        }));
    }

    /** The global id from the business key, whether the object is a folded map or a record. */
    static DataFetcher<String> globalId(String type) {
        return (TrivialDataFetcher<String>) env -> GlobalId.of(type, env.getSource() instanceof Map<?, ?> map
                ? key(map) : ((io.policygraph.graph.GraphNode) env.getSource()).key());
    }

    /** A field whose value the map holds, or else the resolver's answer for the record. */
    private static Object resolve(String type, DataFetcher<?> resolver, DataFetchingEnvironment env) throws Exception {
        if (env.getSource() instanceof Map<?, ?> map) {
            var link = Selection.linkKey(env.getField().getResultKey());
            if (map.containsKey(link)) {
                return map.get(link);
            }
            if (map.containsKey(env.getField().getName())) {
                return map.get(env.getField().getName());
            }
            env = DataFetchingEnvironmentImpl.newDataFetchingEnvironment(env).source(record(type, map)).build();
        }
        return resolver.get(env);
    }

    private record Folded(String type, DataFetcher<?> resolver) implements DataFetcher<Object> {
        @Override
        public Object get(DataFetchingEnvironment env) throws Exception {
            return resolve(type, resolver, env);
        }
    }

    /** Same as {@link Folded} for plain properties, which instrumentation leaves untimed. */
    private record Trivial(String type, DataFetcher<?> resolver) implements TrivialDataFetcher<Object> {
        @Override
        public Object get(DataFetchingEnvironment env) throws Exception {
            return resolve(type, resolver, env);
        }
    }

    /** The record a resolver takes, from what the map holds (absent properties are null or zero). */
    static Object record(String type, Map<?, ?> m) {
        return switch (type) {
            case TaskNode.TYPE -> new TaskNode(key(m), str(m, "documentId"), str(m, "number"), str(m, "title"),
                    str(m, "text"), integer(m, "start"), integer(m, "end"));
            case TargetNode.TYPE -> new TargetNode(key(m), str(m, "documentId"), str(m, "text"), str(m, "metric"),
                    m.get("value") instanceof Number n ? n.doubleValue() : 0, str(m, "unit"), str(m, "comparator"),
                    m.get("yuan") instanceof Number n ? n.doubleValue() : null, str(m, "period"), str(m, "scope"),
                    integer(m, "start"), integer(m, "end"),
                    m.get("quantity") instanceof Number n ? n.doubleValue() : null, str(m, "quantityUnit"),
                    str(m, "metricKey"));
            case DepartmentNode.TYPE -> new DepartmentNode(key(m), strings(m.get("aliases")), str(m, "type"),
                    str(m, "kind"), null);
            case DocumentNode.TYPE -> new DocumentNode(key(m), str(m, "fileName"), str(m, "title"), str(m, "kind"),
                    null, str(m, "province"), str(m, "docNumber"), (LocalDate) m.get("issued"),
                    (LocalDate) m.get("periodStart"), (LocalDate) m.get("periodEnd"),
                    m.get("planYear") instanceof Number n ? n.intValue() : null, str(m, "level"));
            case DeadlineNode.TYPE -> new DeadlineNode(key(m), str(m, "text"), str(m, "kind"),
                    (LocalDate) m.get("date"), m.get("year") instanceof Number n ? n.intValue() : null,
                    m.get("quarter") instanceof Number n ? n.intValue() : null, str(m, "recurrence"),
                    (LocalDate) m.get("earliest"), (LocalDate) m.get("latest"), str(m, "precision"));
            case CityNode.TYPE -> new CityNode(key(m), str(m, "province"),
                    m.get("level") == null ? "CITY" : str(m, "level"), str(m, "parentName"));
            case ProjectNode.TYPE -> new ProjectNode(key(m), str(m, "name"), null, null, str(m, "status"));
            case "SourceSpan" -> new SourceSpan(str(m, "documentId"), integer(m, "start"), integer(m, "end"), str(m, "text"));
            default -> throw new IllegalStateException("no record for " + type);
        };
    }

    /** The business key of a folded object: {@code key}, or {@code name} for the types keyed by name. */
    private static String key(Map<?, ?> m) {
        return (String) (m.containsKey("key") ? m.get("key") : m.get("name"));
    }

    private static String str(Map<?, ?> m, String key) {
        return (String) m.get(key);
    }

    private static int integer(Map<?, ?> m, String key) {
        return m.get(key) instanceof Number n ? n.intValue() : 0;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return value == null ? List.of() : (List<String>) value;
    }
}

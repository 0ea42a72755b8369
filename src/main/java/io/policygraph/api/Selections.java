package io.policygraph.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import io.policygraph.graph.Selection;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Turns what a GraphQL request selects under a connection's nodes into the graph's {@link Selection},
 * with field arguments bound to the types the graph reads them as.
 */
@Component
class Selections {

    /** Field arguments a folded link reads, and the type each binds to (as the resolvers bind them). */
    private static final Map<String, Class<?>> ARGUMENT_TYPES = Map.of(
            "role", Role.class,
            "due", Filters.DueFilter.class);

    private final ObjectMapper json;

    Selections(ObjectMapper json) {
        this.json = json;
    }

    /** The selection under {@code edges { node { … } } } of a connection field. */
    Selection ofNodes(DataFetchingFieldSelectionSet connection) {
        return of(connection.getFields("edges/node").stream()
                .flatMap(node -> node.getSelectionSet().getImmediateFields().stream()).toList());
    }

    private Selection of(List<SelectedField> fields) {
        var plain = new LinkedHashSet<String>();
        var links = new ArrayList<Selection.Link>();
        for (var field : fields) {
            var children = field.getSelectionSet().getImmediateFields();
            if (children.isEmpty()) {
                plain.add(field.getName());
            } else {
                links.add(new Selection.Link(field.getResultKey(), field.getName(), arguments(field.getArguments()),
                        of(children)));
            }
        }
        return new Selection(plain, links);
    }

    /** An argument as the graph reads it. */
    private static Object graph(Object argument) {
        if (argument instanceof Role role) {
            return Role.graph(role);
        }
        if (argument instanceof Filters.DueFilter due) {
            return Filters.DueFilter.criteria(due);
        }
        return argument;
    }

    private Map<String, Object> arguments(Map<String, Object> raw) {
        var bound = new LinkedHashMap<String, Object>();
        raw.forEach((name, value) -> {
            var type = ARGUMENT_TYPES.get(name);
            bound.put(name, value == null || type == null ? value : graph(json.convertValue(value, type)));
        });
        return bound;
    }
}

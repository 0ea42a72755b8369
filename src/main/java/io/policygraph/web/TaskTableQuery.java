package io.policygraph.web;

import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads a document's task table through the public GraphQL schema (the same query a frontend would
 * send, see README), so the download can never disagree with what the API and the explorer show.
 */
@Component
class TaskTableQuery {

    static final String QUERY = """
            query TaskTable($id: ID!) {
              node(id: $id) {
                ... on Document {
                  title fileName
                  tasks {
                    number title
                    leads { name } responsible { name } supports { name }
                    deadline { text }
                    source { text }
                  }
                }
              }
            }""";

    private final ExecutionGraphQlService graphQl;

    TaskTableQuery(ExecutionGraphQlService graphQl) {
        this.graphQl = graphQl;
    }

    /** Empty when no document has this id. */
    Optional<TaskTable> load(String documentId) {
        var request = new DefaultExecutionGraphQlRequest(QUERY, "TaskTable", Map.of("id", documentId), null,
                UUID.randomUUID().toString(), null);
        var response = graphQl.execute(request).block(Duration.ofSeconds(30));
        if (response == null || !response.getErrors().isEmpty()) {
            throw new IllegalStateException("task table query failed: "
                    + (response == null ? "no response" : response.getErrors()));
        }
        Map<String, Object> doc = response.field("node").getValue();
        if (doc == null || !doc.containsKey("tasks")) {
            return Optional.empty();
        }
        List<Map<String, Object>> tasks = cast(doc.get("tasks"));
        var rows = new ArrayList<TaskTable.Row>(tasks.size());
        for (var t : tasks) {
            Map<String, Object> deadline = cast(t.get("deadline"));
            Map<String, Object> source = cast(t.get("source"));
            rows.add(new TaskTable.Row((String) t.get("number"), (String) t.get("title"),
                    names(t.get("leads")), names(t.get("responsible")), names(t.get("supports")),
                    deadline == null ? "" : (String) deadline.get("text"), (String) source.get("text")));
        }
        return Optional.of(new TaskTable((String) doc.get("title"), (String) doc.get("fileName"), List.copyOf(rows)));
    }

    private static String names(Object departments) {
        List<Map<String, Object>> list = cast(departments);
        return list.stream().map(d -> (String) d.get("name")).collect(Collectors.joining("、"));
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}

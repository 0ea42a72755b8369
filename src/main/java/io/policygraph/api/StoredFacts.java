package io.policygraph.api;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import io.policygraph.graph.DocumentKeys;
import io.policygraph.graph.Selection;
import io.policygraph.search.SearchHit;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A search hit's document and task as the index stored them (title, city, number), in the shape of
 * a folded object (see {@link FoldedFields}); null when the request asks for more than is stored, so
 * the caller loads the object from the graph instead.
 */
final class StoredFacts {

    private static final Set<String> DOCUMENT_FIELDS = Set.of("id", "fileName", "title", "city", "__typename");
    private static final Set<String> CITY_FIELDS = Set.of("id", "name", "__typename");
    private static final Set<String> TASK_FIELDS = Set.of("id", "number", "title", "__typename");

    private StoredFacts() {
    }

    static Map<String, Object> document(SearchHit hit, DataFetchingFieldSelectionSet selection) {
        var shown = hit.shown();
        if (shown == null || shown.documentTitle() == null) {
            return null;
        }
        var document = new HashMap<String, Object>();
        document.put("key", hit.documentId());
        document.put("fileName", DocumentKeys.fileNameOf(hit.documentId()));
        document.put("title", shown.documentTitle());
        for (SelectedField field : selection.getImmediateFields()) {
            if (!DOCUMENT_FIELDS.contains(field.getName())) {
                return null;
            }
            if (field.getName().equals("city")) {
                if (!field.getSelectionSet().getImmediateFields().stream().allMatch(f -> CITY_FIELDS.contains(f.getName()))) {
                    return null;
                }
                document.put(Selection.linkKey(field.getResultKey()), shown.city() == null ? null : Map.of("name", shown.city()));
            }
        }
        return document;
    }

    static Map<String, Object> task(SearchHit hit, DataFetchingFieldSelectionSet selection) {
        var shown = hit.shown();
        if (shown == null || shown.taskNumber() == null || shown.taskTitle() == null
                || !selection.getImmediateFields().stream().allMatch(f -> TASK_FIELDS.contains(f.getName()))) {
            return null;
        }
        return Map.of("key", hit.taskId(), "number", shown.taskNumber(), "title", shown.taskTitle());
    }
}

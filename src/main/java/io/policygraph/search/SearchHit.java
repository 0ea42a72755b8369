package io.policygraph.search;

/**
 * One matching clause. {@code snippet} is the clause as HTML-escaped text with matched words in
 * {@code <em></em>}; {@code taskId} and {@code targetId} are null when the clause belongs to none.
 * What a hit list shows of its document and task (title, city, number) is stored with the clause, so
 * it is served without reading the graph.
 */
public record SearchHit(float score, String documentId, int start, int end, String text, String snippet,
                        String taskId, String targetId, Shown shown) {

    /** The document's title and city and the task's number and title, as indexed (each may be null). */
    public record Shown(String documentTitle, String city, String taskNumber, String taskTitle) {
    }
}

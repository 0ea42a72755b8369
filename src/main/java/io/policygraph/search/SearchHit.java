package io.policygraph.search;

/**
 * One matching clause. {@code snippet} is the clause as HTML-escaped text with matched words in
 * {@code <em></em>}; {@code taskId} and {@code targetId} are null when the clause belongs to none.
 */
public record SearchHit(float score, String documentId, int start, int end, String text, String snippet,
                        String taskId, String targetId) {
}

package io.policygraph.graph;

/** A numbered work item of a document. */
public record TaskNode(String key, String documentId, String number, String title, String text, int start, int end)
        implements GraphNode {
    public static final String TYPE = "Task";

    public SourceSpan source() {
        return new SourceSpan(documentId, start, end, text);
    }
}

package io.policygraph.graph;

/** A quantified commitment of a document. */
public record TargetNode(String key, String documentId, String text, String metric, double value, String unit,
                         String comparator, Double yuan, String period, String scope, int start, int end,
                         Double quantity, String quantityUnit, String metricKey)
        implements GraphNode {
    public static final String TYPE = "Target";

    public SourceSpan source() {
        return new SourceSpan(documentId, start, end, text);
    }
}

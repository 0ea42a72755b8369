package io.policygraph.graph;

/** A stretch [start, end) of a document's normalised text. */
public record SourceSpan(String documentId, int start, int end, String text) {
}

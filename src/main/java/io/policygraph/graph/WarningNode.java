package io.policygraph.graph;

/**
 * One audit warning as stored on its document: what kind of statement went unread and where.
 * Warnings belong to their document alone, so they are kept as parallel lists on the Document
 * node rather than as nodes of their own (they are replaced and deleted with it).
 */
public record WarningNode(String kind, String message, SourceSpan source) {
}

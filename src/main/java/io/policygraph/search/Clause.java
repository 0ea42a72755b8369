package io.policygraph.search;

/** A clause of a document: {@code text} is exactly {@code documentText.substring(start, end)}. */
public record Clause(int start, int end, String text) {
}

package io.policygraph.search.quality;

/** A clause as a search system returned it, for judging against the expected clauses. */
public record RankedClause(String fileName, String text) {
}

package io.policygraph.search.quality;

import java.util.List;

/** A search system under evaluation: the best clauses for a query, best first. */
@FunctionalInterface
public interface ClauseRanker {

    List<RankedClause> top(String query, int count);
}

package io.policygraph.graph;

import java.util.List;
import java.util.Map;

/**
 * One page of an ordered result: the items, each one's position (its sort-key values, from which
 * the next page starts), whether more follow, and how many there are in all ({@code total} is -1
 * when the caller did not ask for it, which saves a count).
 */
public record Page<T>(List<T> items, List<Map<String, Object>> positions, boolean hasMore, long total) {
}

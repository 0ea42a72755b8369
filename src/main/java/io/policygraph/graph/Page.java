package io.policygraph.graph;

import java.util.List;

/**
 * One page of an ordered result: the items from {@code offset} on, whether more follow, and how many
 * there are in all ({@code total} is -1 when the caller did not ask for it, which saves a count).
 */
public record Page<T>(List<T> items, long offset, boolean hasMore, long total) {
}

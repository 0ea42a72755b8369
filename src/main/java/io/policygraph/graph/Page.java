package io.policygraph.graph;

import java.util.List;

/** One page of an ordered result: the items from {@code offset} on, and how many there are in all. */
public record Page<T>(List<T> items, long offset, long total) {
}

package io.policygraph.api;

import java.util.List;

/** A Relay connection with totalCount, the shape of every *Connection type in the schema. */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

    public record Edge<T>(T node, String cursor) {
    }

    public record PageInfo(boolean hasNextPage, String endCursor, boolean hasPreviousPage, String startCursor) {
    }
}

package io.policygraph.api;

import graphql.schema.DataFetchingFieldSelectionSet;
import io.policygraph.graph.Page;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Relay arguments to scroll subranges and pages to connections, with Spring for GraphQL's cursor
 * strategy: graph lists page by keyset (a cursor holds the sort-key values of its row, so the next
 * page starts in the index where the last one ended), search by offset (Lucene pages by rank).
 */
@Component
public class Paging {

    public static final int MAX_PAGE_SIZE = 100;
    private static final int DEFAULT_PAGE_SIZE = 20;

    private final CursorStrategy<ScrollPosition> cursors;

    Paging(CursorStrategy<ScrollPosition> cursors) {
        this.cursors = cursors;
    }

    /** A validated request for a page of search hits: the first hit's offset and how many to return. */
    public record Window(long offset, int limit) {
    }

    /** A validated request for a page of a graph list: after which row (its sort keys; null: from the start) and how many. */
    public record Range(Map<String, Object> after, int limit) {
    }

    /** The subrange the Relay arguments ask for; only forward paging ({@code first}/{@code after}) is offered. */
    private ScrollSubrange subrange(Integer first, String after) {
        int limit = first == null ? DEFAULT_PAGE_SIZE : first;
        if (limit < 0 || limit > MAX_PAGE_SIZE) {
            throw new BadRequestException("first must be between 0 and " + MAX_PAGE_SIZE + ", was " + limit);
        }
        ScrollPosition position = null;
        if (after != null && !after.isEmpty()) {
            try {
                position = cursors.fromCursor(after);
            } catch (RuntimeException notACursor) {
                throw new BadRequestException("after is not a valid cursor: " + after);
            }
        }
        return ScrollSubrange.create(position, limit, true);
    }

    public Window window(Integer first, String after) {
        var range = subrange(first, after);
        var position = range.position().orElse(ScrollPosition.offset());
        if (position instanceof OffsetScrollPosition offset) {
            // The subrange already points past the cursor's row.
            return new Window(offset.isInitial() ? 0 : offset.getOffset(), range.count().orElseThrow());
        }
        throw new BadRequestException("after is not a cursor of this list: " + after);
    }

    public Range range(Integer first, String after) {
        var range = subrange(first, after);
        var position = range.position().orElse(null);
        if (position == null) {
            return new Range(null, range.count().orElseThrow());
        }
        if (position instanceof KeysetScrollPosition keyset && !keyset.isInitial()) {
            return new Range(keyset.getKeys(), range.count().orElseThrow());
        }
        throw new BadRequestException("after is not a cursor of this list: " + after);
    }

    /** A page of a graph list; each edge's cursor is its row's position. */
    public <T> Connection<T> connection(Page<T> page, Range range) {
        var edges = new ArrayList<Connection.Edge<T>>(page.items().size());
        for (int i = 0; i < page.items().size(); i++) {
            edges.add(new Connection.Edge<>(page.items().get(i),
                    cursors.toCursor(ScrollPosition.forward(page.positions().get(i)))));
        }
        return connection(edges, page.hasMore(), range.after() != null, page.total());
    }

    /** A page of search hits from {@code offset} on. */
    public <T> Connection<T> connection(List<T> items, long offset, boolean hasMore, long total) {
        var edges = new ArrayList<Connection.Edge<T>>(items.size());
        for (int i = 0; i < items.size(); i++) {
            edges.add(new Connection.Edge<>(items.get(i), cursors.toCursor(ScrollPosition.offset(offset + i))));
        }
        return connection(edges, hasMore, offset > 0, total);
    }

    private static <T> Connection<T> connection(List<Connection.Edge<T>> edges, boolean hasMore, boolean hasPrevious,
                                                long total) {
        var info = new Connection.PageInfo(hasMore,
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor(),
                hasPrevious,
                edges.isEmpty() ? null : edges.get(0).cursor());
        return new Connection<>(edges, info, total);
    }

    /** Whether a connection field's selection asks for totalCount: only then is it counted. */
    public static boolean wantsTotal(DataFetchingFieldSelectionSet selection) {
        return selection.contains("totalCount");
    }
}

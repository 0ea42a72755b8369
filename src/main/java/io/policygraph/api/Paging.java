package io.policygraph.api;

import graphql.schema.DataFetchingFieldSelectionSet;
import io.policygraph.graph.Page;
import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.function.Function;

/**
 * Relay arguments to offsets and pages to connections. Cursors are Spring for GraphQL's encoded
 * offset positions, so they look and decode like those of any Spring GraphQL service.
 */
@Component
public class Paging {

    public static final int MAX_PAGE_SIZE = 100;

    private final CursorStrategy<ScrollPosition> cursors;

    Paging(CursorStrategy<ScrollPosition> cursors) {
        this.cursors = cursors;
    }

    /** A validated request for a page: the first item's offset and how many to return. */
    public record Window(long offset, int limit) {
    }

    public Window window(Integer first, String after) {
        int limit = first == null ? 20 : first;
        if (limit < 0 || limit > MAX_PAGE_SIZE) {
            throw new BadRequestException("first must be between 0 and " + MAX_PAGE_SIZE + ", was " + limit);
        }
        if (after == null || after.isEmpty()) {
            return new Window(0, limit);
        }
        ScrollPosition position;
        try {
            position = cursors.fromCursor(after);
        } catch (RuntimeException notACursor) {
            throw new BadRequestException("after is not a valid cursor: " + after);
        }
        if (position instanceof OffsetScrollPosition offset) {
            return new Window(offset.getOffset() + 1, limit);
        }
        throw new BadRequestException("after is not a cursor of this list: " + after);
    }

    public <T, R> Connection<R> connection(Page<T> page, Function<T, R> toNode) {
        var edges = new ArrayList<Connection.Edge<R>>(page.items().size());
        for (int i = 0; i < page.items().size(); i++) {
            edges.add(new Connection.Edge<>(toNode.apply(page.items().get(i)), cursorAt(page.offset() + i)));
        }
        var info = new Connection.PageInfo(page.hasMore(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor(),
                page.offset() > 0,
                edges.isEmpty() ? null : edges.get(0).cursor());
        return new Connection<>(edges, info, page.total());
    }

    /** Whether a connection field's selection asks for totalCount: only then is it counted. */
    public static boolean wantsTotal(DataFetchingFieldSelectionSet selection) {
        return selection.contains("totalCount");
    }

    public <T> Connection<T> connection(Page<T> page) {
        return connection(page, Function.identity());
    }

    private String cursorAt(long offset) {
        return cursors.toCursor(ScrollPosition.offset(offset));
    }
}

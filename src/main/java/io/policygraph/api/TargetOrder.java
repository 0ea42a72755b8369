package io.policygraph.api;

import io.policygraph.graph.TargetGraph;

/** GraphQL enum TargetOrder: the sort orders of {@code targets}. */
enum TargetOrder {
    DOCUMENT, YUAN_DESC, VALUE_DESC;

    static TargetGraph.Sort sort(TargetOrder order) {
        return order == null ? TargetGraph.Sort.READING : switch (order) {
            case DOCUMENT -> TargetGraph.Sort.READING;
            case YUAN_DESC -> TargetGraph.Sort.YUAN_DESC;
            case VALUE_DESC -> TargetGraph.Sort.VALUE_DESC;
        };
    }
}

package io.policygraph.api;

import io.policygraph.graph.ProjectGraph;

/** GraphQL enum ProjectOrder: the sort orders of {@code projects}. */
enum ProjectOrder {
    NAME, INVESTMENT_DESC;

    static ProjectGraph.Sort sort(ProjectOrder order) {
        return order == INVESTMENT_DESC ? ProjectGraph.Sort.INVESTMENT_DESC : ProjectGraph.Sort.NAME;
    }
}

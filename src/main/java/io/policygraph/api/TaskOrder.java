package io.policygraph.api;

import io.policygraph.graph.TaskGraph;

/** GraphQL enum TaskOrder: the sort orders of {@code tasks}. */
enum TaskOrder {
    DOCUMENT, DEADLINE;

    static TaskGraph.Sort sort(TaskOrder order) {
        return order == DEADLINE ? TaskGraph.Sort.DEADLINE : TaskGraph.Sort.READING;
    }
}

package io.policygraph.api;

import io.policygraph.graph.TaskGraph;

/** GraphQL enum Role: a department's part in a task. */
enum Role {
    LEAD, RESPONSIBLE, SUPPORT;

    /** The graph's role; null (any role) for null. */
    static TaskGraph.Role graph(Role role) {
        return role == null ? null : switch (role) {
            case LEAD -> TaskGraph.Role.LEAD;
            case RESPONSIBLE -> TaskGraph.Role.RESPONSIBLE;
            case SUPPORT -> TaskGraph.Role.SUPPORT;
        };
    }
}

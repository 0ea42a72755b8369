package io.policygraph.api;

import io.policygraph.graph.StatsGraph.TaskGroup;

/** GraphQL enum TaskDimension: what taskStats groups by. */
enum TaskDimension {
    CITY(TaskGroup.CITY), DOCUMENT(TaskGroup.DOCUMENT), DUE_YEAR(TaskGroup.DUE_YEAR), DUE_QUARTER(TaskGroup.DUE_QUARTER),
    LEAD_DEPARTMENT(TaskGroup.LEAD_DEPARTMENT), LEAD_DEPARTMENT_TYPE(TaskGroup.LEAD_DEPARTMENT_TYPE),
    DEADLINE_KIND(TaskGroup.DEADLINE_KIND), DUE_PRECISION(TaskGroup.DUE_PRECISION), STATUS(TaskGroup.STATUS);

    final TaskGroup group;

    TaskDimension(TaskGroup group) {
        this.group = group;
    }
}

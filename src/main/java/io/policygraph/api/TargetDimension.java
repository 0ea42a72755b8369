package io.policygraph.api;

import io.policygraph.graph.StatsGraph.TargetGroup;

/** GraphQL enum TargetDimension: what targetStats groups by. */
enum TargetDimension {
    CITY(TargetGroup.CITY), DOCUMENT(TargetGroup.DOCUMENT), METRIC(TargetGroup.METRIC), UNIT(TargetGroup.UNIT),
    YEAR(TargetGroup.YEAR), METRIC_KEY(TargetGroup.METRIC_KEY), QUANTITY_UNIT(TargetGroup.QUANTITY_UNIT);

    final TargetGroup group;

    TargetDimension(TargetGroup group) {
        this.group = group;
    }
}

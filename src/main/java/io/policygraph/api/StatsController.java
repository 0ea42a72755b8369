package io.policygraph.api;

import io.policygraph.extract.QuantityUnit;
import io.policygraph.graph.Filters;
import io.policygraph.graph.StatsGraph;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.time.LocalDate;
import java.util.List;

@Controller
class StatsController {

    private final StatsGraph stats;

    StatsController(StatsGraph stats) {
        this.stats = stats;
    }

    @QueryMapping
    List<StatsGraph.Bucket> taskStats(@Argument List<StatsGraph.TaskDimension> groupBy,
                                      @Argument Filters.TaskFilter filter, @Argument LocalDate asOf) {
        return stats.tasks(groupBy, filter, asOf);
    }

    @QueryMapping
    List<StatsGraph.Bucket> targetStats(@Argument List<StatsGraph.TargetDimension> groupBy,
                                        @Argument Filters.TargetFilter filter, @Argument QuantityUnit sum) {
        return stats.targets(groupBy, filter, sum == null ? null : sum.name());
    }
}

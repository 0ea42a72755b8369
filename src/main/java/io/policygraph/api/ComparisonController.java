package io.policygraph.api;

import io.policygraph.extract.MetricFamilies;
import io.policygraph.extract.Quantity;
import io.policygraph.extract.QuantityUnit;
import io.policygraph.graph.ComparisonGraph;
import io.policygraph.graph.TargetNode;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.util.List;

@Controller
class ComparisonController {

    private final ComparisonGraph comparisons;

    ComparisonController(ComparisonGraph comparisons) {
        this.comparisons = comparisons;
    }

    @QueryMapping
    List<ComparisonGraph.Comparison> compareTargets(@Argument String metric, @Argument List<String> cities,
                                                    @Argument List<Integer> years, @Argument QuantityUnit unit,
                                                    @Argument Boolean includeNarrower) {
        var families = MetricFamilies.standard();
        var family = families.family(metric == null ? null : metric.strip()).orElseThrow(() -> new BadRequestException(
                "unknown metric key \"" + metric + "\"; known keys: " + String.join(", ", families.keys())
                        + " (and each followed by " + MetricFamilies.GROWTH + " for its growth rate)"));
        var keys = Boolean.TRUE.equals(includeNarrower) ? families.withNarrower(family.key()) : List.of(family.key());
        return comparisons.compare(keys, cities, years, unit == null ? null : unit.name());
    }

    @SchemaMapping(typeName = "Target")
    Quantity quantity(TargetNode target) {
        return target.quantity() == null || target.quantityUnit() == null ? null
                : new Quantity(target.quantity(), QuantityUnit.valueOf(target.quantityUnit()));
    }
}

package io.policygraph.graph;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/**
 * Targets of one metric side by side: one row per city, period, metric key and unit. Only targets
 * with a normalised quantity take part, so every row of a unit compares with every other.
 */
@Service
public class ComparisonGraph {

    /**
     * One row: the target it shows and the other targets of the same city, period, key and unit that
     * it stands for (another scope or an older document of the city).
     */
    public record Comparison(CityNode city, String period, String metric, double value, String unit,
                             String comparator, TargetNode target, List<TargetNode> others) {
        public SourceSpan source() {
            return target.source();
        }
    }

    private record Candidate(TargetNode target, CityNode city, LocalDate issued) {
    }

    private final GraphClient cypher;

    ComparisonGraph(GraphClient cypher) {
        this.cypher = cypher;
    }

    /** Rows for targets whose metric key is one of {@code metricKeys}, ordered by key, period and city. */
    public List<Comparison> compare(Collection<String> metricKeys, List<String> cities, List<Integer> years,
                                    String quantityUnit) {
        var candidates = candidates(metricKeys, cities, years, quantityUnit);
        var groups = new LinkedHashMap<List<String>, List<Candidate>>();
        for (var c : candidates) {
            // A plan that names no city is a group of its own: it is not any city's figure.
            var place = c.city() != null ? c.city().name() : "document:" + c.target().documentId();
            groups.computeIfAbsent(List.of(place, Objects.toString(c.target().period(), ""), c.target().metricKey(),
                    c.target().quantityUnit()), k -> new ArrayList<>()).add(c);
        }
        var rows = new ArrayList<Comparison>();
        for (var group : groups.values()) {
            group.sort(PREFERRED);
            var best = group.get(0);
            var g = best.target();
            rows.add(new Comparison(best.city(), g.period(), g.metricKey(), g.quantity(), g.quantityUnit(),
                    g.comparator(), g, group.subList(1, group.size()).stream().map(Candidate::target).toList()));
        }
        rows.sort(Comparator.comparing(Comparison::metric)
                .thenComparing(c -> Objects.toString(c.period(), "~"))
                .thenComparing(c -> c.city() == null ? "~" : c.city().name()));
        return rows;
    }

    /** The targets of the keys with a normalised quantity, their city and their document's day, in reading order. */
    private List<Candidate> candidates(Collection<String> metricKeys, List<String> cities, List<Integer> years,
                                       String quantityUnit) {
        var parameters = new Projections.Parameters();
        var g = Cypher.node("Target").named("g");
        var d = Cypher.node("Document").named("d");
        var c = Cypher.node("City").named("c");
        var rows = new ArrayList<Condition>();
        if (cities != null && !cities.isEmpty()) {
            rows.add(c.property("name").in(parameters.of(List.copyOf(cities))));
        }
        if (years != null && !years.isEmpty()) {
            rows.add(Cypher.left(g.property("period"), Cypher.literalOf(4))
                    .in(parameters.of(years.stream().map(String::valueOf).toList())));
        }
        if (quantityUnit != null && !quantityUnit.isBlank()) {
            rows.add(g.property("quantityUnit").isEqualTo(parameters.of(quantityUnit)));
        }
        var joined = Cypher.match(g).where(g.property("metricKey").in(parameters.of(List.copyOf(metricKeys)))
                        .and(g.property("quantity").isNotNull()))
                .match(d.relationshipTo(g, "SETS"))
                .optionalMatch(d.relationshipTo(c, "OF_CITY"))
                .with(g, c, d);
        var condition = Conditions.and(rows);
        var statement = (condition == null ? joined : joined.where(condition))
                .returning(g.getRequiredSymbolicName(), c.getRequiredSymbolicName(), d.property("issued").as("issued"))
                .orderBy(g.property("sortKey").ascending()).build();
        return cypher.read(statement, parameters).stream()
                .map(r -> new Candidate(NodeMapping.target(r.get("g").asNode()),
                        r.get("c").isNull() ? null : NodeMapping.city(r.get("c").asNode()),
                        r.get("issued").isNull() ? null : r.get("issued").asLocalDate()))
                .toList();
    }

    /** The row shows the whole city's target (全市 or no scope) first, then the newest document's, then the first stated. */
    private static final Comparator<Candidate> PREFERRED = Comparator
            .comparing((Candidate c) -> wholeCity(c.target().scope()) ? 0 : 1)
            .thenComparing(Candidate::issued, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(c -> c.target().documentId())
            .thenComparing(c -> c.target().key());

    private static boolean wholeCity(String scope) {
        return scope == null || scope.isBlank() || scope.startsWith("全");
    }
}

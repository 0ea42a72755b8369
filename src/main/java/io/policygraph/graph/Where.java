package io.policygraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a WHERE clause from only the predicates a filter actually sets, so the planner sees a
 * simple query (and uses the indexes) instead of a chain of "$x IS NULL OR …".
 */
final class Where {

    private final List<String> predicates = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    Where when(Object value, String predicate, String parameter) {
        if (value != null && !(value instanceof List<?> list && list.isEmpty())
                && !(value instanceof String s && s.isBlank())) {
            predicates.add(predicate);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** A predicate that holds for every row but lets the planner walk an index in sort order. */
    Where always(String predicate) {
        predicates.add(predicate);
        return this;
    }

    /** Restricts deadline variable {@code dl} to the window; adds nothing for an empty window. */
    Where due(Filters.DueFilter due, String pattern) {
        if (due != null && !due.isEmpty()) {
            predicates.add("EXISTS { " + pattern + " WHERE " + dueCondition(due) + " }");
        }
        return this;
    }

    /** The conditions on deadline variable {@code dl} for a non-empty window, with their parameters. */
    String dueCondition(Filters.DueFilter due) {
        var conditions = new ArrayList<String>();
        if (due.year() != null) {
            conditions.add("dl.year = $dueYear");
            parameters.put("dueYear", due.year());
        }
        if (due.quarter() != null) {
            conditions.add("dl.quarter = $dueQuarter");
            parameters.put("dueQuarter", due.quarter());
        }
        if (due.from() != null) {
            conditions.add("dl.date >= $dueFrom");
            parameters.put("dueFrom", due.from());
        }
        if (due.to() != null) {
            conditions.add("dl.date <= $dueTo");
            parameters.put("dueTo", due.to());
        }
        // Ranges: an open range has no latest day, so "latest >= …" leaves it out on purpose.
        if (due.overlaps() != null && due.overlaps().from() != null) {
            conditions.add("dl.latest >= $overlapsFrom");
            parameters.put("overlapsFrom", due.overlaps().from());
        }
        if (due.overlaps() != null && due.overlaps().to() != null) {
            conditions.add("dl.latest IS NOT NULL AND coalesce(dl.earliest, dl.latest) <= $overlapsTo");
            parameters.put("overlapsTo", due.overlaps().to());
        }
        if (due.by() != null) {
            conditions.add("dl.latest <= $dueBy");
            parameters.put("dueBy", due.by());
        }
        return String.join(" AND ", conditions);
    }

    /** Adds a parameter that an expression outside the WHERE clause uses. */
    Where parameter(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    String clause() {
        return predicates.isEmpty() ? "" : "WHERE " + String.join(" AND ", predicates);
    }

    Map<String, Object> parameters() {
        return parameters;
    }

    Map<String, Object> parameters(long offset, int limit) {
        var all = new HashMap<>(parameters);
        all.put("offset", offset);
        all.put("limit", limit);
        return all;
    }
}

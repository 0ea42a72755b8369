package io.policygraph.graph;

import java.time.LocalDate;
import java.util.List;

/**
 * What a read restricts, in graph terms: plain values, each null field "no restriction". The API
 * binds its own inputs (GraphQL filters, enums, defaults such as "today") and hands these over, so
 * the graph knows nothing of the schema.
 */
public final class Criteria {

    private Criteria() {
    }

    /**
     * A window on a deadline: its year and quarter, its date between {@code from} and {@code to}; its
     * range sharing a day with {@code overlapsFrom..overlapsTo}; its range ending on or before {@code by}.
     * Open ranges (no last day) match neither of the last two.
     */
    public record Due(Integer year, Integer quarter, LocalDate from, LocalDate to, LocalDate overlapsFrom,
                      LocalDate overlapsTo, LocalDate by) {
        boolean isEmpty() {
            return year == null && quarter == null && from == null && to == null && overlapsFrom == null
                    && overlapsTo == null && by == null;
        }
    }

    /** {@code pastDeadlineBefore}: the task's deadline range ended before that day. */
    public record Tasks(List<String> cities, Due due, String leadDepartment, String leadDepartmentType,
                        String department, LocalDate pastDeadlineBefore) {
    }

    /** {@code leadsTasksDue}: the department leads a task due in that window. */
    public record Departments(List<String> cities, String type, String kind, Due leadsTasksDue) {
    }

    public record Documents(List<String> cities, List<String> kinds, Integer planYear) {
    }

    /** {@code metricKey}: the family key of metric-families.tsv; {@code quantityUnit}: a QuantityUnit name. */
    public record Targets(List<String> cities, String metric, String unit, Integer year, Integer quarter,
                          String metricKey, String quantityUnit) {
    }

    public record Projects(List<String> cities, String status, String name) {
    }
}

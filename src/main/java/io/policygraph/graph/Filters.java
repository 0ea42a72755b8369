package io.policygraph.graph;

import java.time.LocalDate;
import java.util.List;

/**
 * The filters the API accepts, bound straight from GraphQL input objects. Each null field is
 * "no restriction".
 */
public final class Filters {

    private Filters() {
    }

    /**
     * When a deadline falls; quarter alone means that quarter of any year. {@code overlaps}: the
     * deadline's range shares a day with the window; {@code by}: its range ends on or before the day.
     * Open ranges (no last day) match neither.
     */
    public record DueFilter(Integer year, Integer quarter, LocalDate from, LocalDate to, DateWindow overlaps,
                            LocalDate by) {
        boolean isEmpty() {
            return year == null && quarter == null && from == null && to == null
                    && (overlaps == null || overlaps.isEmpty()) && by == null;
        }
    }

    /** Days from {@code from} to {@code to}, both included; a missing end is unbounded. */
    public record DateWindow(LocalDate from, LocalDate to) {
        boolean isEmpty() {
            return from == null && to == null;
        }
    }

    /** Tasks whose deadline range ended before {@code asOf} (today when null). */
    public record PastDeadline(LocalDate asOf) {
        LocalDate day() {
            return asOf == null ? LocalDate.now() : asOf;
        }
    }

    public record DocumentFilter(List<String> cities, List<String> kinds, Integer planYear) {
    }

    public record TaskFilter(List<String> cities, DueFilter due, String leadDepartment, String leadDepartmentType,
                             String department, PastDeadline pastDeadline) {
    }

    public record DepartmentFilter(List<String> cities, String type, String kind, DueFilter leadsTasksDue) {
    }

    /** {@code metricKey}: the family key of metric-families.tsv; {@code quantityUnit}: a QuantityUnit name. */
    public record TargetFilter(List<String> cities, String metric, String unit, Integer year, Integer quarter,
                               String metricKey, String quantityUnit) {
    }

    public record ProjectFilter(List<String> cities, String status, String name) {
    }
}

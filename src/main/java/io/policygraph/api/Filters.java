package io.policygraph.api;

import io.policygraph.graph.Criteria;

import java.time.LocalDate;
import java.util.List;

/**
 * The filters the API accepts, bound straight from GraphQL input objects (each null field is "no
 * restriction"), and what each means to the graph ({@link Criteria}): defaults such as "today" are
 * decided here, so the graph reads plain values.
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
        static Criteria.Due criteria(DueFilter due) {
            return due == null ? null : new Criteria.Due(due.year, due.quarter, due.from, due.to,
                    due.overlaps == null ? null : due.overlaps.from(), due.overlaps == null ? null : due.overlaps.to(),
                    due.by);
        }
    }

    /** Days from {@code from} to {@code to}, both included; a missing end is unbounded. */
    public record DateWindow(LocalDate from, LocalDate to) {
    }

    /** Tasks whose deadline range ended before {@code asOf} (today when null). */
    public record PastDeadline(LocalDate asOf) {
        LocalDate day() {
            return asOf == null ? LocalDate.now() : asOf;
        }
    }

    public record DocumentFilter(List<String> cities, List<String> kinds, Integer planYear) {
        static Criteria.Documents criteria(DocumentFilter f) {
            return f == null ? null : new Criteria.Documents(f.cities, f.kinds, f.planYear);
        }
    }

    public record TaskFilter(List<String> cities, DueFilter due, String leadDepartment, String leadDepartmentType,
                             String department, PastDeadline pastDeadline) {
        static Criteria.Tasks criteria(TaskFilter f) {
            return f == null ? null : new Criteria.Tasks(f.cities, DueFilter.criteria(f.due), f.leadDepartment,
                    f.leadDepartmentType, f.department, f.pastDeadline == null ? null : f.pastDeadline.day());
        }
    }

    public record DepartmentFilter(List<String> cities, String type, String kind, DueFilter leadsTasksDue) {
        static Criteria.Departments criteria(DepartmentFilter f) {
            return f == null ? null : new Criteria.Departments(f.cities, f.type, f.kind, DueFilter.criteria(f.leadsTasksDue));
        }
    }

    /** {@code metricKey}: the family key of metric-families.tsv; {@code quantityUnit}: a QuantityUnit name. */
    public record TargetFilter(List<String> cities, String metric, String unit, Integer year, Integer quarter,
                               String metricKey, String quantityUnit) {
        static Criteria.Targets criteria(TargetFilter f) {
            return f == null ? null : new Criteria.Targets(f.cities, f.metric, f.unit, f.year, f.quarter, f.metricKey,
                    f.quantityUnit);
        }
    }

    public record ProjectFilter(List<String> cities, String status, String name) {
        static Criteria.Projects criteria(ProjectFilter f) {
            return f == null ? null : new Criteria.Projects(f.cities, f.status, f.name);
        }
    }
}

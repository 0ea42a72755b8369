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

    /** When a deadline falls; quarter alone means that quarter of any year. */
    public record DueFilter(Integer year, Integer quarter, LocalDate from, LocalDate to) {
        boolean isEmpty() {
            return year == null && quarter == null && from == null && to == null;
        }
    }

    public record DocumentFilter(List<String> cities, List<String> kinds, Integer planYear) {
    }

    public record TaskFilter(List<String> cities, DueFilter due, String leadDepartment, String leadDepartmentType,
                             String department) {
    }

    public record DepartmentFilter(List<String> cities, String type, String kind, DueFilter leadsTasksDue) {
    }

    public record TargetFilter(List<String> cities, String metric, String unit, Integer year, Integer quarter) {
    }

    public record ProjectFilter(List<String> cities, String status, String name) {
    }
}

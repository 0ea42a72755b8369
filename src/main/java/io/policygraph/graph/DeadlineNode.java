package io.policygraph.graph;

import io.policygraph.extract.DuePrecision;
import io.policygraph.extract.DueRange;
import io.policygraph.extract.Recurrence;

import java.time.LocalDate;

/**
 * When tasks are due; shared by every task with the same deadline. [earliest, latest] is the range of
 * days it allows (precision DAY … OPEN; null precision: no range, the task has no deadline).
 */
public record DeadlineNode(String key, String text, String kind, LocalDate date, Integer year, Integer quarter,
                           String recurrence, LocalDate earliest, LocalDate latest, String precision) implements GraphNode {
    public static final String TYPE = "Deadline";

    /** The range as the extract layer states it, or null when the deadline gives none. */
    public DueRange range() {
        return precision == null ? null : new DueRange(earliest, latest, DuePrecision.valueOf(precision),
                recurrence == null ? null : Recurrence.valueOf(recurrence));
    }
}

package io.policygraph.extract;

import java.time.LocalDate;

/**
 * When a task falls due, as a range of days: the task is due on some day in [earliest, latest].
 * An OPEN range has no latest day; its earliest day may be unknown (null) too.
 */
public record DueRange(LocalDate earliest, LocalDate latest, DuePrecision precision, Recurrence recurrence) {

    public DueRange {
        if (precision == null) {
            throw new IllegalArgumentException("a range needs a precision");
        }
        if (earliest != null && latest != null && earliest.isAfter(latest)) {
            throw new IllegalArgumentException("range ends before it starts: " + earliest + " > " + latest);
        }
    }
}

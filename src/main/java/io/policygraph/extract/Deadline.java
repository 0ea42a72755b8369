package io.policygraph.extract;

import java.time.LocalDate;

/** When a task is due: {@code date} is the last day the text allows. */
public record Deadline(String text, DeadlineKind kind, LocalDate date, Integer year, Integer quarter, Recurrence recurrence) {
}

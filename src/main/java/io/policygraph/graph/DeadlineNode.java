package io.policygraph.graph;

import java.time.LocalDate;

/** When tasks are due; shared by every task with the same deadline. */
public record DeadlineNode(String key, String text, String kind, LocalDate date, Integer year, Integer quarter,
                           String recurrence) implements GraphNode {
    public static final String TYPE = "Deadline";
}

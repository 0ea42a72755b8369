package io.policygraph.extract;

import java.time.LocalDate;

/** Where a task stands on a given day against its deadline range. Computed, never stored. */
public enum DueStatus {
    /** the range starts after the day */
    DUE_LATER,
    /** the day lies inside the range */
    DUE_IN_WINDOW,
    /** the range ended before the day */
    PAST_DEADLINE,
    /** the range has no end (持续推进, 常态化, 适时, a rhythm) */
    ONGOING,
    /** no deadline at all */
    NONE;

    /** The status of a task whose range is {@code range} (null: no deadline) on day {@code asOf}. */
    public static DueStatus of(DueRange range, LocalDate asOf) {
        if (range == null) {
            return NONE;
        }
        if (range.latest() == null) {
            return ONGOING;
        }
        if (range.latest().isBefore(asOf)) {
            return PAST_DEADLINE;
        }
        if (range.earliest() != null && range.earliest().isAfter(asOf)) {
            return DUE_LATER;
        }
        return DUE_IN_WINDOW;
    }
}

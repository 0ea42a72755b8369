package io.policygraph.search;

/**
 * The text span [start, end) of a task or target, by its graph id, with what a hit shows of it
 * (a task's number and title; null for a target or when unknown).
 */
public record OwnedSpan(String id, int start, int end, String number, String title) {

    public OwnedSpan(String id, int start, int end) {
        this(id, start, end, null, null);
    }

    public OwnedSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for " + id);
        }
    }

    /** Whether the clause lies within this span. */
    boolean contains(int clauseStart, int clauseEnd) {
        return start <= clauseStart && clauseEnd <= end;
    }

    int overlap(int clauseStart, int clauseEnd) {
        return Math.max(0, Math.min(end, clauseEnd) - Math.max(start, clauseStart));
    }

    int length() {
        return end - start;
    }
}

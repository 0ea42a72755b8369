package io.policygraph.search;

/** The text span [start, end) of a task or target, by its graph id. */
public record OwnedSpan(String id, int start, int end) {

    public OwnedSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for " + id);
        }
    }

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

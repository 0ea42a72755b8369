package io.policygraph.extract;

/**
 * A quantified commitment. [start, end) is the stating clause in the normalised text;
 * {@code taskNumber} is the task whose text contains it, or null.
 */
public record Target(
        String text,
        int start,
        int end,
        String metric,
        double value,
        String unit,
        Comparator comparator,
        Double yuan,
        String period,
        String scope,
        String taskNumber) {
}

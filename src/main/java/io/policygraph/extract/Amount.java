package io.policygraph.extract;

/** A quantity as written; {@code yuan} is set when the unit is a currency. */
public record Amount(double value, String unit, Comparator comparator, Double yuan) {
}

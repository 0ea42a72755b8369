package io.policygraph.extract;

/** A target's number in a unit that compares across plans: 238.2亿元 is 2.382E10 YUAN. */
public record Quantity(double value, QuantityUnit unit) {
}

package io.policygraph.extract;

/** A quantity as written; {@code yuan} is set when the unit is a currency. */
public record Amount(double value, String unit, Comparator comparator, Double yuan) {

    /** {@code value} in 元 when {@code unit} is 元, 万元 or 亿元; else null. */
    public static Double yuanOf(double value, String unit) {
        return switch (unit) {
            case "亿元" -> value * 1e8;
            case "万元" -> value * 1e4;
            case "元" -> value;
            default -> null;
        };
    }
}

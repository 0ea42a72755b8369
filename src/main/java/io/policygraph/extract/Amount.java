package io.policygraph.extract;

/** A quantity as written; {@code yuan} is set when the unit is a currency. */
public record Amount(double value, String unit, Comparator comparator, Double yuan) {

    private static final QuantityNormalizer NORMALIZER = new QuantityNormalizer();

    /** {@code value} in 元 when {@code unit} is 元 with a multiplier (万元, 亿元, 万亿元); else null. */
    public static Double yuanOf(double value, String unit) {
        return NORMALIZER.normalise(value, unit).filter(q -> q.unit() == QuantityUnit.YUAN).map(Quantity::value).orElse(null);
    }
}

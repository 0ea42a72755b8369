package io.policygraph.extract;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Normalises a target's number and unit as written into a {@link Quantity}: money into yuan, people
 * into persons, counts of things into items; percentages and percentage points stay apart. A unit it
 * does not know gives no quantity, so such targets are never summed with others: durations (个月),
 * measures (公里, 万吨), events (次, 场), another currency (亿美元) and a bare 亿 (of what, the number
 * does not say). Pure.
 */
public final class QuantityNormalizer {

    /** Multipliers written before a unit. */
    private static final Map<String, Double> SCALE = Map.of(
            "", 1.0, "十", 10.0, "百", 100.0, "千", 1_000.0, "万", 10_000.0,
            "十万", 100_000.0, "百万", 1_000_000.0, "千万", 10_000_000.0, "亿", 100_000_000.0, "万亿", 1_000_000_000_000.0);

    /** Base units; 个 alone counts items, but 个月 and 个工作日 are durations and never reach here as 个. */
    private static final Map<String, QuantityUnit> BASE = Map.ofEntries(
            Map.entry("元", QuantityUnit.YUAN), Map.entry("人民币", QuantityUnit.YUAN),
            Map.entry("人", QuantityUnit.PERSON), Map.entry("名", QuantityUnit.PERSON), Map.entry("位", QuantityUnit.PERSON),
            Map.entry("个", QuantityUnit.ITEM), Map.entry("项", QuantityUnit.ITEM), Map.entry("家", QuantityUnit.ITEM),
            Map.entry("条", QuantityUnit.ITEM), Map.entry("座", QuantityUnit.ITEM), Map.entry("所", QuantityUnit.ITEM),
            Map.entry("台", QuantityUnit.ITEM), Map.entry("处", QuantityUnit.ITEM), Map.entry("件", QuantityUnit.ITEM),
            Map.entry("户", QuantityUnit.ITEM), Map.entry("套", QuantityUnit.ITEM), Map.entry("批", QuantityUnit.ITEM),
            Map.entry("间", QuantityUnit.ITEM), Map.entry("张", QuantityUnit.ITEM), Map.entry("辆", QuantityUnit.ITEM));

    /** The comparable quantity of {@code value} {@code unit}, or empty when the unit is not one that compares. */
    public Optional<Quantity> normalise(double value, String unit) {
        if (unit == null) {
            return Optional.empty();
        }
        String u = unit.strip();
        if (u.equals("%") || u.equals("％") || u.equals("百分之")) {
            return Optional.of(new Quantity(value, QuantityUnit.PERCENT));
        }
        if (u.equals("个百分点") || u.equals("百分点")) {
            return Optional.of(new Quantity(value, QuantityUnit.PERCENTAGE_POINT));
        }
        for (var base : BASE.entrySet()) {
            if (u.endsWith(base.getKey())) {
                Double scale = SCALE.get(u.substring(0, u.length() - base.getKey().length()));
                if (scale != null) {
                    // Decimal arithmetic: 238.2亿元 is exactly 23,820,000,000 yuan, not 23,820,000,000.000004.
                    double normalised = BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(scale)).doubleValue();
                    return Optional.of(new Quantity(normalised, base.getValue()));
                }
            }
        }
        return Optional.empty();
    }
}

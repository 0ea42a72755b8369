package io.policygraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Groups the names plans give one indicator under a metric key, from the documented data file
 * {@code policygraph/metric-families.tsv}: 全市固定资产投资 and 固投 are 固定资产投资; 工业固定资产投资 is a
 * family of its own whose parent is 固定资产投资. No fuzzy matching: a metric is keyed only when it
 * is one of the forms once its framing (numbering, year, scope, a leading verb phrase) is set aside.
 * Immutable and thread-safe.
 */
public final class MetricFamilies {

    private static final String RESOURCE = "/policygraph/metric-families.tsv";
    /** Suffix of the key of a growth rate's family. */
    public static final String GROWTH = "增速";

    /** What may stand before a form without changing what is measured. */
    private static final Pattern FRAMING = Pattern.compile(
            "(?:.*?(?:完成|实现|达到))?"
            + "(?:[((]?[0-9一二三四五六七八九十]{1,3}[))、.])?"
            + "(?:(?:\\d{4}年度?|年度|全年|本年|当年|上半年|下半年|[一二三四]季度|\\d{4}年[一二三四]季度)|(?:全市|全县|全区|全省|全州|全盟|全旗|全国|全社会口径))*");
    private static final Pattern GROWTH_WORD = Pattern.compile("^(?:增长|增速|增幅|同比增长|年均增长|比上年增长)");

    /** A metric family and its parent (null for a root). */
    public record Family(String key, String parent) {
    }

    private final Map<String, Family> families = new LinkedHashMap<>();
    /** Every form, longest first, with its family key. */
    private final List<Map.Entry<String, String>> forms = new ArrayList<>();

    MetricFamilies(List<String> lines) {
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 3) {
                throw new IllegalArgumentException("metric family line needs key, parent and forms: " + line);
            }
            String parent = cols[1].strip().equals("-") ? null : cols[1].strip();
            families.put(cols[0].strip(), new Family(cols[0].strip(), parent));
            for (String form : cols[2].split(",")) {
                forms.add(Map.entry(form.strip(), cols[0].strip()));
            }
        }
        for (Family f : families.values()) {
            if (f.parent() != null && !families.containsKey(f.parent())) {
                throw new IllegalArgumentException("metric family " + f.key() + " has unknown parent " + f.parent());
            }
        }
        forms.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
    }

    public static MetricFamilies standard() {
        return Standard.INSTANCE;
    }

    /**
     * The metric key of a target: {@code metric} as extracted, {@code clause} the stating clause (what
     * follows the metric there tells a growth rate from an amount), {@code quantity} its normalised number.
     */
    public Optional<String> keyOf(String metric, String clause, Quantity quantity) {
        if (metric == null || metric.isBlank()) {
            return Optional.empty();
        }
        String m = metric.strip();
        boolean growth = false;
        var growthSuffix = Pattern.compile("(?:增长|增速|增幅)$").matcher(m);
        if (growthSuffix.find()) {
            m = m.substring(0, growthSuffix.start());
            growth = true;
        } else if (clause != null) {
            int at = clause.indexOf(m);
            growth = at >= 0 && GROWTH_WORD.matcher(clause.substring(at + m.length())).find();
        }
        for (var form : forms) {
            if (m.endsWith(form.getKey())
                    && FRAMING.matcher(m.substring(0, m.length() - form.getKey().length())).matches()) {
                if (!growth) {
                    return Optional.of(form.getValue());
                }
                // A rate of growth is a metric of its own; growth stated in money is an increment, not keyed.
                return quantity != null && quantity.unit() == QuantityUnit.PERCENT
                        ? Optional.of(form.getValue() + GROWTH) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The family of a key (growth families included), or empty for a key the file does not define. */
    public Optional<Family> family(String key) {
        if (key == null) {
            return Optional.empty();
        }
        if (families.containsKey(key)) {
            return Optional.of(families.get(key));
        }
        if (key.endsWith(GROWTH)) {
            Family base = families.get(key.substring(0, key.length() - GROWTH.length()));
            if (base != null) {
                return Optional.of(new Family(key, base.parent() == null ? null : base.parent() + GROWTH));
            }
        }
        return Optional.empty();
    }

    /** The key itself and every family below it (工业固定资产投资 and 制造业投资 under 固定资产投资). */
    public Set<String> withNarrower(String key) {
        Set<String> out = new LinkedHashSet<>();
        out.add(key);
        boolean growth = key.endsWith(GROWTH) && !families.containsKey(key);
        String base = growth ? key.substring(0, key.length() - GROWTH.length()) : key;
        boolean added = true;
        Set<String> bases = new LinkedHashSet<>(List.of(base));
        while (added) {
            added = false;
            for (Family f : families.values()) {
                if (f.parent() != null && bases.contains(f.parent()) && bases.add(f.key())) {
                    added = true;
                }
            }
        }
        for (String b : bases) {
            out.add(growth ? b + GROWTH : b);
        }
        return out;
    }

    /** Every key the file defines, in file order. */
    public List<String> keys() {
        return List.copyOf(families.keySet());
    }

    private static final class Standard {
        static final MetricFamilies INSTANCE = new MetricFamilies(DataFiles.lines(RESOURCE));
    }
}

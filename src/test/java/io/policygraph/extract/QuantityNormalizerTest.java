package io.policygraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuantityNormalizerTest {

    private final QuantityNormalizer normalizer = new QuantityNormalizer();

    private Quantity q(double value, String unit) {
        return normalizer.normalise(value, unit).orElse(null);
    }

    @Test
    void moneyIsYuanExactly() {
        // 晋城: 固定资产投资238.2亿元; 合肥: 实际完成投资1000万元.
        assertThat(q(238.2, "亿元")).isEqualTo(new Quantity(23_820_000_000.0, QuantityUnit.YUAN));
        assertThat(q(1000, "万元")).isEqualTo(new Quantity(10_000_000.0, QuantityUnit.YUAN));
        assertThat(q(5, "元")).isEqualTo(new Quantity(5, QuantityUnit.YUAN));
    }

    @Test
    void peopleArePersons() {
        assertThat(q(4.66, "人")).isEqualTo(new Quantity(4.66, QuantityUnit.PERSON));
        assertThat(q(300, "名")).isEqualTo(new Quantity(300, QuantityUnit.PERSON));
        assertThat(q(1.5, "万人")).isEqualTo(new Quantity(15_000, QuantityUnit.PERSON));
        assertThat(q(3, "万人次")).as("person-times are not persons").isNull();
    }

    @Test
    void percentAndPercentagePointsStayApart() {
        assertThat(q(12, "%")).isEqualTo(new Quantity(12, QuantityUnit.PERCENT));
        assertThat(q(2, "个百分点")).isEqualTo(new Quantity(2, QuantityUnit.PERCENTAGE_POINT));
    }

    @Test
    void countsAreItemsButDurationsAreNot() {
        assertThat(q(44, "个")).isEqualTo(new Quantity(44, QuantityUnit.ITEM));
        assertThat(q(105, "项")).isEqualTo(new Quantity(105, QuantityUnit.ITEM));
        assertThat(q(16, "家")).isEqualTo(new Quantity(16, QuantityUnit.ITEM));
        assertThat(q(1, "个月")).isNull();
        assertThat(q(5, "个工作日")).isNull();
        assertThat(q(3, "公里")).isNull();
        assertThat(q(2, "美元")).as("another currency is not yuan").isNull();
        assertThat(q(3, "亿美元")).as("another currency is not yuan").isNull();
        assertThat(q(5, "亿")).as("a bare 亿 says not of what").isNull();
        assertThat(q(2, "万家")).isEqualTo(new Quantity(20_000, QuantityUnit.ITEM));
        assertThat(q(12, "次")).as("events are not things").isNull();
    }
}

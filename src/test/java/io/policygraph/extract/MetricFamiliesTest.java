package io.policygraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Metric strings and clauses as the extractor gives them for the seed and dev plans. */
class MetricFamiliesTest {

    private final MetricFamilies families = MetricFamilies.standard();
    private static final Quantity YUAN = new Quantity(1e10, QuantityUnit.YUAN);
    private static final Quantity PERCENT = new Quantity(12, QuantityUnit.PERCENT);

    @Test
    void theMetricItselfOrFramedByScopeYearOrNumbering() {
        // 晋城 seed
        assertThat(families.keyOf("固定资产投资", "2022年四季度全市力争完成固定资产投资238.2亿元", YUAN)).contains("固定资产投资");
        assertThat(families.keyOf("2023年全市固定资产投资", "2023年全市固定资产投资达到100亿元", YUAN)).contains("固定资产投资");
        assertThat(families.keyOf("固投", "全年固投完成80亿元", YUAN)).contains("固定资产投资");
    }

    @Test
    void relatedFamiliesAreNotTheSameMetric() {
        // 忻州 seed: 工业固定资产投资 is its own family, part of 固定资产投资.
        assertThat(families.keyOf("工业固定资产投资", "全市工业固定资产投资争取完成350亿元以上", YUAN)).contains("工业固定资产投资");
        assertThat(families.keyOf("全社会固定资产投资", "全社会固定资产投资完成500亿元", YUAN)).contains("全社会固定资产投资");
        assertThat(families.family("工业固定资产投资").orElseThrow().parent()).isEqualTo("固定资产投资");
        assertThat(families.withNarrower("固定资产投资")).contains("固定资产投资", "全社会固定资产投资", "工业固定资产投资", "制造业投资");
        assertThat(families.withNarrower("工业固定资产投资")).containsExactlyInAnyOrder("工业固定资产投资", "制造业投资");
    }

    @Test
    void aNarrowerQualifierGetsNoKeyRatherThanAWrongOne() {
        // 忻州 and 晋城 seeds: a kind of project's investment, and funds in place, are not 固定资产投资.
        assertThat(families.keyOf("新建类(含改建、扩建)工业项目固定资产投资",
                "2022年全市新建类(含改建、扩建)工业项目固定资产投资达到250亿元以上", YUAN)).isEmpty();
        assertThat(families.keyOf("固定资产投资项目资金到位", "固定资产投资项目资金到位70亿元", YUAN)).isEmpty();
        assertThat(families.keyOf("产业项目投资占比", "产业项目投资占比不低于50%", PERCENT)).isEmpty();
    }

    @Test
    void growthRatesAreTheirOwnFamily() {
        // 南京 (dev h22), 鞍山 (dev h24) and 嘉峪关 (seed), each in its own wording.
        assertThat(families.keyOf("固定资产投资", "固定资产投资增长8%", PERCENT)).contains("固定资产投资增速");
        assertThat(families.keyOf("3.固定资产投资", "3.固定资产投资增长15%左右", PERCENT)).contains("固定资产投资增速");
        assertThat(families.keyOf("提前1个月完成2023年度固定资产投资",
                "力争提前1个月完成2023年度固定资产投资增长12%的目标任务", PERCENT)).contains("固定资产投资增速");
        assertThat(families.keyOf("工业固定资产投资增速", "工业固定资产投资增速达到15%以上", PERCENT)).contains("工业固定资产投资增速");
        assertThat(families.family("工业固定资产投资增速").orElseThrow().parent()).isEqualTo("固定资产投资增速");
        assertThat(families.keyOf("固定资产投资", "固定资产投资增长20亿元", YUAN)).as("an increment is not a rate").isEmpty();
    }
}

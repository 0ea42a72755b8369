package io.policygraph.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each deadline form of issue 14, as the parser reads it and then as a range, with two phrasings
 * each (from different plans where the corpus has them).
 */
class DueRangeReaderTest {

    private final DeadlineParser parser = new DeadlineParser();
    private final DueRangeReader reader = new DueRangeReader();

    /** A 2023 plan issued on 12 May 2023 without a period of its own (like the 嘉峪关 seed). */
    private static final DocumentFacts PLAN_2023 = new DocumentFacts("方案", DocumentKind.WORK_PLAN, null, null, null,
            LocalDate.of(2023, 5, 12), null, null, 2023);
    /** A winter campaign running 2022-10-21 … 2023-01-31 (like the 晋城 seed). */
    private static final DocumentFacts WINTER = new DocumentFacts("方案", DocumentKind.ACTION_PLAN, null, null, null,
            null, LocalDate.of(2022, 10, 21), LocalDate.of(2023, 1, 31), 2022);

    private DueRange range(String taskText, DocumentFacts facts) {
        Deadline d = parser.parse(taskText, facts.planYear(), facts.periodEnd());
        return reader.read(d, facts, taskText).orElse(null);
    }

    private static DueRange of(String earliest, String latest, DuePrecision precision) {
        return new DueRange(earliest == null ? null : LocalDate.parse(earliest), latest == null ? null : LocalDate.parse(latest),
                precision, null);
    }

    @Test
    void monthEndIsTheWholeMonth() {
        assertThat(range("力争6月底前全部开工建设。", PLAN_2023)).isEqualTo(of("2023-06-01", "2023-06-30", DuePrecision.MONTH));
        assertThat(range("开工一批,力争11月底前全部开工建设。", WINTER)).isEqualTo(of("2022-11-01", "2022-11-30", DuePrecision.MONTH));
    }

    @Test
    void statedLimitEndingInAMonthIsThatMonthWhateverTheRhythm() {
        // 嘉峪关 seed: "完成时限:每月推进,季度考核,12月底完成" — the parser calls it DATE; the wording is a month.
        var d = range("推进项目建设。\n完成时限:每月推进,季度考核,12月底完成", PLAN_2023);
        assertThat(d).isEqualTo(new DueRange(LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 31), DuePrecision.MONTH,
                Recurrence.MONTHLY));
        assertThat(range("完成时限:按周调度,按月统计,12月底完成", PLAN_2023).precision()).isEqualTo(DuePrecision.MONTH);
    }

    @Test
    void yearMonthIsAMonth() {
        assertThat(range("2024年6月底前完成全部改造任务", PLAN_2023)).isEqualTo(of("2024-06-01", "2024-06-30", DuePrecision.MONTH));
        assertThat(range("2023年9月份完成项目验收", PLAN_2023)).isEqualTo(of("2023-09-01", "2023-09-30", DuePrecision.MONTH));
    }

    @Test
    void yearEndIsThePlanYear() {
        assertThat(range("确保年底前全部建成投用。", PLAN_2023)).isEqualTo(of("2023-01-01", "2023-12-31", DuePrecision.YEAR));
        assertThat(range("2025年底前建成区域医疗中心", PLAN_2023)).isEqualTo(of("2025-01-01", "2025-12-31", DuePrecision.YEAR));
    }

    @Test
    void quarterIsThreeMonths() {
        assertThat(range("三季度完成主体工程。", PLAN_2023)).isEqualTo(of("2023-07-01", "2023-09-30", DuePrecision.QUARTER));
        assertThat(range("抓好2022年四季度计划竣工的68个项目", WINTER)).isEqualTo(of("2022-10-01", "2022-12-31", DuePrecision.QUARTER));
    }

    @Test
    void dayIsOneDay() {
        assertThat(range("6月30日前完成清查。", PLAN_2023)).isEqualTo(of("2023-06-30", "2023-06-30", DuePrecision.DAY));
        assertThat(range("2019年1月12日前报送", PLAN_2023)).isEqualTo(of("2019-01-12", "2019-01-12", DuePrecision.DAY));
    }

    @Test
    void halfYearAndThePlansOwnPeriodAreSpans() {
        assertThat(range("上半年通过整改验收。", PLAN_2023)).isEqualTo(of("2023-01-01", "2023-06-30", DuePrecision.SPAN));
        assertThat(range("力争“冬季行动”期间全部办结。", WINTER)).isEqualTo(of("2022-10-21", "2023-01-31", DuePrecision.SPAN));
    }

    @Test
    void yearsWithinSpanFromThePlansStart() {
        assertThat(range("力争5年内建成覆盖全市的服务网络。", PLAN_2023))
                .isEqualTo(of("2023-05-12", "2028-05-11", DuePrecision.SPAN));
        // The national drug purchasing pilot (pool P006): "1年内完成", and a range of years counts to its longer end.
        assertThat(range("试点地区公立医疗机构应优先使用,确保1年内完成合同用量。", PLAN_2023))
                .isEqualTo(of("2023-05-12", "2024-05-11", DuePrecision.SPAN));
        assertThat(range("逐步调整支付标准,在2—3年内调整到位。", WINTER))
                .isEqualTo(of("2022-10-21", "2025-10-20", DuePrecision.SPAN));
        // Pool A06: a period granted, nothing to be done by its end.
        assertThat(range("工作成效明显的市,在两年之内对其行政区域内企业申请发行债券实行“直通车”。", PLAN_2023)).isNull();
    }

    @Test
    void continuousWorkAndRhythmsAreOpen() {
        assertThat(range("长期坚持,久久为功。", PLAN_2023)).isEqualTo(of(null, null, DuePrecision.OPEN));
        assertThat(range("常态化开展督查检查。", PLAN_2023)).isEqualTo(of(null, null, DuePrecision.OPEN));
        assertThat(range("每月5日前报送进展。", PLAN_2023))
                .isEqualTo(new DueRange(null, null, DuePrecision.OPEN, Recurrence.MONTHLY));
    }

    @Test
    void noDeadlineIsNoRange() {
        assertThat(range("建立项目清单机制。", PLAN_2023)).isNull();
        // "2023年内" is the year, not a span of 2023 years.
        assertThat(range("加快推进项目建设。", PLAN_2023)).isNull();
    }

    @Test
    void statusOnADay() {
        var june = of("2023-06-01", "2023-06-30", DuePrecision.MONTH);
        assertThat(DueStatus.of(june, LocalDate.of(2023, 5, 31))).isEqualTo(DueStatus.DUE_LATER);
        assertThat(DueStatus.of(june, LocalDate.of(2023, 6, 1))).isEqualTo(DueStatus.DUE_IN_WINDOW);
        assertThat(DueStatus.of(june, LocalDate.of(2023, 6, 30))).isEqualTo(DueStatus.DUE_IN_WINDOW);
        assertThat(DueStatus.of(june, LocalDate.of(2023, 7, 1))).isEqualTo(DueStatus.PAST_DEADLINE);
        assertThat(DueStatus.of(of(null, null, DuePrecision.OPEN), LocalDate.of(2023, 7, 1))).isEqualTo(DueStatus.ONGOING);
        assertThat(DueStatus.of(null, LocalDate.of(2023, 7, 1))).isEqualTo(DueStatus.NONE);
    }
}

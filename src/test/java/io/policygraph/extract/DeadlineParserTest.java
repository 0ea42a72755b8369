package io.policygraph.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineParserTest {

    private final DeadlineParser parser = new DeadlineParser();

    private Deadline parse(String text) {
        return parser.parse(text, 2023, null);
    }

    @Test
    void statedLimitWithCadence() {
        Deadline d = parse("推进项目建设。\n牵头单位:市发展改革委\n完成时限:每月推进,季度考核,12月底完成");
        assertThat(d.kind()).isEqualTo(DeadlineKind.DATE);
        assertThat(d.date()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(d.year()).isEqualTo(2023);
        assertThat(d.quarter()).isEqualTo(4);
        assertThat(d.recurrence()).isEqualTo(Recurrence.MONTHLY);
    }

    @Test
    void finestCadenceWins() {
        Deadline d = parse("完成时限:按周调度,按月统计,12月底完成");
        assertThat(d.recurrence()).isEqualTo(Recurrence.WEEKLY);
        assertThat(d.date()).isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @Test
    void explicitYearMonthEnd() {
        Deadline d = parse("2024年6月底前完成全部改造任务");
        assertThat(d.kind()).isEqualTo(DeadlineKind.MONTH);
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(d.quarter()).isEqualTo(2);
        assertThat(d.year()).isEqualTo(2024);
    }

    @Test
    void bareMonthAndQuarterBelongToThePlanYear() {
        assertThat(parse("力争11月底前全部开工建设").date()).isEqualTo(LocalDate.of(2023, 11, 30));
        Deadline q = parse("一季度完成投资1.3亿元");
        assertThat(q.kind()).isEqualTo(DeadlineKind.QUARTER);
        assertThat(q.date()).isEqualTo(LocalDate.of(2023, 3, 31));
        assertThat(parse("2022年四季度计划竣工的68个项目").date()).isEqualTo(LocalDate.of(2022, 12, 31));
        // "N月完成" as a travel plan and a works plan write it: by the end of that month.
        assertThat(parse("及时修改并召开评审会,争取6月完成").date()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(parse("主体工程9月建成投用").date()).isEqualTo(LocalDate.of(2023, 9, 30));
        assertThat(parse("6月起实施").kind()).as("a start is no deadline").isEqualTo(DeadlineKind.NONE);
    }

    @Test
    void tenDayPeriodsYearsWithinAndStatedMonthsOrYears() {
        assertThat(parse("12月中旬前完成招标").date()).isEqualTo(LocalDate.of(2023, 12, 20));
        assertThat(parse("6月上旬完成方案编制").date()).isEqualTo(LocalDate.of(2023, 6, 10));
        assertThat(parse("2024年内完成改造").date()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(parse("2023年内蒙古自治区").kind()).isEqualTo(DeadlineKind.NONE);
        // A 完成时限 column that holds only a month, a year or "长期".
        assertThat(parse("完成时限:2023年6月").date()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(parse("完成时限:2024年").date()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(parse("完成时限:长期").kind()).isEqualTo(DeadlineKind.ONGOING);
    }

    @Test
    void latestDateTheTextAllowsWins() {
        Deadline d = parse("力争11月底前全部开工建设;四季度完成有效投资175.9亿元");
        assertThat(d.kind()).isEqualTo(DeadlineKind.QUARTER);
        assertThat(d.date()).isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @Test
    void dayHalfYearAndYearEnd() {
        assertThat(parse("9月30日前完成验收").date()).isEqualTo(LocalDate.of(2023, 9, 30));
        assertThat(parse("上半年完成招标").date()).isEqualTo(LocalDate.of(2023, 6, 30));
        Deadline y = parse("年底前全部建成投用");
        assertThat(y.kind()).isEqualTo(DeadlineKind.YEAR);
        assertThat(y.date()).isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @Test
    void recurringOngoingAndAsap() {
        Deadline q = parse("市商务局每季度末向领导组办公室报送清单");
        assertThat(q.kind()).isEqualTo(DeadlineKind.RECURRING);
        assertThat(q.recurrence()).isEqualTo(Recurrence.QUARTERLY);
        assertThat(q.date()).isNull();
        assertThat(parse("完成时限:持续推进").kind()).isEqualTo(DeadlineKind.ONGOING);
        assertThat(parse("常态化开展政银企合作活动").kind()).isEqualTo(DeadlineKind.ONGOING);
        assertThat(parse("完成时限:适时推进").kind()).isEqualTo(DeadlineKind.ASAP);
        Deadline asap = parse("抓紧启动项目筛选工作,逐月跟踪调度");
        assertThat(asap.kind()).isEqualTo(DeadlineKind.ASAP);
        assertThat(asap.recurrence()).isEqualTo(Recurrence.MONTHLY);
    }

    @Test
    void aDayWithinACadenceIsNoDeadline() {
        Deadline d = parse("亿元以上项目每月5日前完成调度");
        assertThat(d.kind()).isEqualTo(DeadlineKind.RECURRING);
        assertThat(d.date()).isNull();
    }

    @Test
    void thePlansOwnPeriod() {
        Deadline d = parser.parse("力争“冬季行动”期间全部办结", 2022, LocalDate.of(2023, 1, 31));
        assertThat(d.kind()).isEqualTo(DeadlineKind.DATE);
        assertThat(d.date()).isEqualTo(LocalDate.of(2023, 1, 31));
        assertThat(d.quarter()).isEqualTo(1);
    }

    @Test
    void noTimeWordsMeansNone() {
        Deadline d = parse("加强政策支持,强化要素保障,确保项目施工建设顺利推进");
        assertThat(d.kind()).isEqualTo(DeadlineKind.NONE);
        assertThat(d.date()).isNull();
        assertThat(parse("全力以赴把项目建设抓紧抓好").kind()).isEqualTo(DeadlineKind.NONE);
    }

    private Deadline parseIn(String text, int planYear, LocalDate start, LocalDate end, LocalDate issued) {
        return parser.parse(text, new DeadlineParser.Context(planYear, start, end, issued));
    }

    @Test
    void byAYearIsTheEndOfThatYear() {
        assertThat(parse("到2025年,为各区至少培育1家培训示范基地").date()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(parse("到2023年各节点全面建成").kind()).isEqualTo(DeadlineKind.YEAR);
        assertThat(parse("2024年底前完成改造").date()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(parse("2025年前全面建成").date()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(parse("到2025年6月底前完成").date()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void spansCountedFromTheIssueDate() {
        LocalDate issued = LocalDate.of(2023, 10, 19);
        Deadline months = parseIn("各区于本文印发后3个月内出台辖区实施方案", 2023, null, null, issued);
        assertThat(months.date()).isEqualTo(LocalDate.of(2024, 1, 19));
        assertThat(months.kind()).isEqualTo(DeadlineKind.DATE);
        assertThat(parseIn("自本方案印发之日起30日内报送", 2023, null, null, issued).date()).isEqualTo(LocalDate.of(2023, 11, 18));
        assertThat(parseIn("自印发之日起5个工作日内完成", 2023, null, null, LocalDate.of(2023, 10, 20)).date())
                .as("Friday + 5 working days").isEqualTo(LocalDate.of(2023, 10, 27));
        assertThat(parseIn("本文印发后3个月内出台", 2023, null, null, null).kind()).as("no issue date, no date").isEqualTo(DeadlineKind.NONE);
        assertThat(parseIn("本《实施方案》印发一个月内,各牵头单位制定具体工作计划", 2023, null, null, issued).date())
                .isEqualTo(LocalDate.of(2023, 11, 19));
    }

    @Test
    void spansCountedFromThePlansStart() {
        LocalDate start = LocalDate.of(2021, 1, 1);
        assertThat(parseIn("3年内建成一批示范工厂", 2021, start, LocalDate.of(2023, 12, 31), null).date())
                .isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(parseIn("用两年时间完成全部改造", 2022, null, null, null).date()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(parseIn("试点实施2年,形成可复制推广的经验", 2019, null, null, null).date()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(parseIn("在两年之内对其企业申请发行债券实行“直通车”", 2019, null, null, null).kind())
                .as("a period granted, nothing to be done by its end").isEqualTo(DeadlineKind.NONE);
        assertThat(parseIn("利用3-5年时间培训家庭医生", 2023, null, null, null).kind()).as("a range").isEqualTo(DeadlineKind.NONE);
    }

    @Test
    void nextYearAndThisYear() {
        assertThat(parse("明年底前全部完工").date()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(parse("力争明年6月底前投产").date()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(parse("今年年底前完成").date()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(parse("抓紧启动明年“三早”项目筛选工作").kind()).isEqualTo(DeadlineKind.ASAP);
    }

    @Test
    void anAnnualDateIsACadenceNotADeadline() {
        assertThat(parse("每年2月底前报送上年度工作情况").date()).isNull();
        assertThat(parse("每年3月底前完成年度评估").date()).isNull();
    }

    @Test
    void continuingWorkIsOngoingOnlyAsAMannerOfWorkOrAStatedLimit() {
        assertThat(parse("常态化开展“政银企”合作活动").kind()).isEqualTo(DeadlineKind.ONGOING);
        assertThat(parse("完成时限:持续推进").kind()).isEqualTo(DeadlineKind.ONGOING);
        assertThat(parse("落细落实重点场所常态化疫情防控,做好医疗机构院感防控").kind()).isEqualTo(DeadlineKind.NONE);
        assertThat(parse("推动企业上云,持续推进降本增效").kind()).isEqualTo(DeadlineKind.NONE);
    }
}

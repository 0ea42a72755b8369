package io.policygraph.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

class TargetExtractorTest {

    private final TargetExtractor extractor = new TargetExtractor(Gazetteer.standard());

    private List<Target> extract(String text) {
        return extractor.extract(text, 2022, false, at -> null);
    }

    @Test
    void moneyWithComparatorPeriodAndYuan() {
        String text = "项目投资方面,2022年四季度全市力争完成固定资产投资238.2亿元,产业项目投资137亿元。";
        List<Target> targets = extract(text);
        assertThat(targets).extracting(Target::value).containsExactly(238.2, 137.0);
        Target first = targets.get(0);
        assertThat(first.unit()).isEqualTo("亿元");
        assertThat(first.yuan()).isCloseTo(2.382e10, within(1.0));
        assertThat(first.comparator()).isEqualTo(Comparator.AT_LEAST);
        assertThat(first.period()).isEqualTo("2022-Q4");
        assertThat(targets.get(1).period()).isEqualTo("2022-Q4");
        assertThat(text.substring(first.start(), first.end())).isEqualTo(first.text()).contains("238.2亿元");
    }

    @Test
    void scopeIsTheCountiesTheClauseNames() {
        assertThat(extract("已设立省级开发区的岢岚县、静乐县和神池县工业固定资产投资增速达到12%以上").get(0).scope())
                .isEqualTo("岢岚县、静乐县、神池县");
        assertThat(extract("忻州经济开发区工业固定资产投资增速达到15%以上").get(0).scope()).isEqualTo("忻州经济开发区");
        assertThat(extract("全县新开工项目不少于30个").get(0).scope()).isEqualTo("全县");
        assertThat(extract("新开工项目不少于30个").get(0).scope()).isEqualTo("全市");
    }

    @Test
    void comparatorsAsWritten() {
        assertThat(extract("项目储备数量不少于1330个").get(0).comparator()).isEqualTo(Comparator.AT_LEAST);
        assertThat(extract("产业项目投资占比不低于50%").get(0).comparator()).isEqualTo(Comparator.AT_LEAST);
        assertThat(extract("增速达到10%以上").get(0).comparator()).isEqualTo(Comparator.AT_LEAST);
        assertThat(extract("综合能耗控制在5万吨以内").get(0).comparator()).isEqualTo(Comparator.AT_MOST);
        assertThat(extract("负债率不超过60%").get(0).comparator()).isEqualTo(Comparator.AT_MOST);
        assertThat(extract("年度投资20亿元左右").get(0).comparator()).isEqualTo(Comparator.ABOUT);
        assertThat(extract("确保全市四季度新签约项目总投资362.5亿元").get(0).comparator()).isEqualTo(Comparator.EXACTLY);
        assertThat(extract("确保完成年度35.4亿元目标任务").get(0).comparator()).isEqualTo(Comparator.AT_LEAST);
    }

    @Test
    void twoCountsInOneClauseAreTwoTargets() {
        List<Target> targets = extract("推动完成2023年首批84个项目374个事项办理工作");
        assertThat(targets).extracting(Target::value).containsExactly(84.0, 374.0);
        assertThat(targets).extracting(Target::unit).containsOnly("个");
        assertThat(targets.get(0).period()).isEqualTo("2023");
    }

    @Test
    void thresholdsThatDefineAClassOfProjectsAreNotTargets() {
        assertThat(extract("对500万元以上在建项目,全力做好要素保障")).isEmpty();
        assertThat(extract("重点加强5000万元以上重点项目的入统")).isEmpty();
        assertThat(extract("加快推进总投资50亿元以上的重点产业项目建设")).isEmpty();
        assertThat(extract("2023年全市新开工50亿元以上项目3个、10-50亿元项目23个"))
                .extracting(Target::value).containsExactly(3.0, 23.0);
        assertThat(extract("完成年度57亿元的建设目标")).extracting(Target::value).containsExactly(57.0);
    }

    @Test
    void numbersInsideNamesAreNotTargets() {
        assertThat(extract("加快推进索通770MW光伏发电、索通20万吨锂电池高端负极材料项目")).isEmpty();
        assertThat(extract("新增装机容量达到120万千瓦,")).extracting(Target::unit).containsExactly("万千瓦");
    }

    @Test
    void timeLimitsInWorkingDays() {
        Target t = extract("企业开办时间压缩至1个工作日以内").get(0);
        assertThat(t.value()).isEqualTo(1.0);
        assertThat(t.unit()).isEqualTo("个工作日");
        assertThat(t.comparator()).isEqualTo(Comparator.AT_MOST);
        assertThat(extract("审批时限由20至30个工作日")).as("a range is no single commitment").isEmpty();
    }

    @Test
    void chineseNumeralsForMoneyAndPercent() {
        List<Target> targets = extract("全年争取中央资金三亿元");
        assertThat(targets).extracting(Target::value).containsExactly(3.0);
        assertThat(extract("聚焦六个方面全力开展项目建设")).isEmpty();
    }

    @Test
    void restatedCountIsAReference() {
        String text = "全年推进实施政府投资类项目75个,总投资91.4亿元。\n对列入计划的75个政府投资项目进行梳理。\n";
        assertThat(extract(text)).extracting(Target::value).containsExactly(75.0, 91.4);
    }

    @Test
    void theSameNumberInAnotherMeasureWordCountsAnotherThing() {
        // A national guideline's goals: 100 events and 100 brands in one sentence are two commitments.
        String text = "推出100项具有较大知名度的体育精品赛事,打造100个具有自主知识产权的体育竞赛表演品牌。";
        assertThat(extract(text)).extracting(Target::value, Target::unit)
                .containsExactly(tuple(100.0, "项"), tuple(100.0, "个"));
        // The same count in the same words is still one.
        assertThat(extract("推进22个续建项目,力争22个续建项目全部复工")).hasSize(1);
    }

    @Test
    void periodFallsBackToThePlanYearUnlessThePlanSpansYears() {
        assertThat(extract("全年推进实施产业投资项目105项").get(0).period()).isEqualTo("2022");
        assertThat(extractor.extract("抓好在库的425个重点支撑性项目", 2022, true, at -> null).get(0).period()).isNull();
    }

    private List<Target> extractFrom(String text, DocumentFacts facts) {
        return extractor.extract(text, facts, at -> null);
    }

    private static DocumentFacts plan(int year, java.time.LocalDate start, java.time.LocalDate end) {
        return new DocumentFacts("某方案", DocumentKind.ACTION_PLAN, null, null, null, null, start, end, year);
    }

    @Test
    void measureWordsBeyondMoneyAndCounts() {
        assertThat(extract("力争每万常住人口家庭医生数不低于4人")).extracting(Target::value, Target::unit)
                .containsExactly(tuple(4.0, "人"));
        assertThat(extract("培养不少于3500名基层医生")).extracting(Target::unit).containsExactly("名");
        assertThat(extract("新增“皖企登云”企业2万家")).extracting(Target::value, Target::unit)
                .containsExactly(tuple(2.0, "万家"));
        assertThat(extract("面向3万名专业技术人才开展培训")).extracting(Target::unit).containsExactly("万名");
        assertThat(extract("建设约100间规范化家庭医生工作室")).extracting(Target::unit, Target::comparator)
                .containsExactly(tuple("间", Comparator.ABOUT));
        assertThat(extract("实际利用外资50亿美元")).extracting(Target::unit).containsExactly("亿美元");
        assertThat(extract("实现标识注册总量突破5亿,")).extracting(Target::value, Target::unit)
                .containsExactly(tuple(5.0, "亿"));
        assertThat(extract("全年举办招商推介活动20场")).extracting(Target::unit).containsExactly("场");
    }

    @Test
    void subsidiesTheirCeilingsAndRatesAreNotTargets() {
        assertThat(extract("对跨行业跨领域工业互联网平台省级给予奖补,最高3000万元;单个企业最高300万元")).isEmpty();
        assertThat(extract("省级按照同期银行基准利率40%给予贴息")).isEmpty();
        assertThat(extract("对新认定的国家级企业技术中心给予一次性补助100万元")).isEmpty();
        assertThat(extract("省级按该款产品首轮流片合同金额的30%,给予企业奖励")).isEmpty();
        assertThat(extract("对其上一年度实际完成投资1000万元及以上的,给予支持")).isEmpty();
    }

    @Test
    void rangesDescriptorsAndFormulasAreNotTargets() {
        assertThat(extract("签约服务覆盖率每年提升1~3个百分点")).isEmpty();
        assertThat(extract("每3~5年参与一次规范化集中培训")).isEmpty();
        assertThat(extract("重点做好65岁以上老年人、6类困难群体的签约服务")).isEmpty();
        assertThat(extract("覆盖率=签约居民人数/辖区内常住人口数*100%")).isEmpty();
        assertThat(extract("支持签约模式的种类大于3类。")).extracting(Target::value, Target::comparator)
                .containsExactly(tuple(3.0, Comparator.AT_LEAST));
    }

    @Test
    void timeLimitsCountedFromAnEventAreDeadlinesAndLimitsHaveNoYear() {
        assertThat(extract("各区于本文印发后3个月内出台辖区实施方案")).isEmpty();
        assertThat(extract("可在疫情解除后的3个月内重新申请换证")).isEmpty();
        Target limit = extract("经评估可将处方用药量最长放宽至3个月").get(0);
        assertThat(limit.comparator()).isEqualTo(Comparator.AT_MOST);
        assertThat(limit.period()).isNull();
        assertThat(extract("审批时间压缩至5个工作日").get(0).period()).isNull();
        assertThat(extract("力争提前1个月完成2023年度固定资产投资目标").get(0).period()).isEqualTo("2023");
    }

    @Test
    void aWholeYearPlansTargetsWithoutATimeOfTheirOwnHoldForItsSpan() {
        DocumentFacts anhui = plan(2021, java.time.LocalDate.of(2021, 1, 1), java.time.LocalDate.of(2023, 12, 31));
        List<Target> targets = extractFrom("到2023年,全省培育3家双跨平台。新建800个智能工厂、数字化车间。", anhui);
        assertThat(targets).extracting(Target::period).containsExactly("2023", "2021-2023");
        DocumentFacts lanzhou = plan(2023, java.time.LocalDate.of(2023, 1, 1), java.time.LocalDate.of(2025, 12, 31));
        assertThat(extractFrom("建成5G基站1万个", lanzhou)).extracting(Target::period).containsExactly("2023-2025");
        DocumentFacts winter = plan(2022, java.time.LocalDate.of(2022, 10, 21), java.time.LocalDate.of(2023, 1, 31));
        assertThat(extractFrom("新开工项目30个", winter)).extracting(Target::period).containsOnlyNulls();
    }

    @Test
    void trillionsOfYuan() {
        // National plans state industry sizes in 万亿元 (体育竞赛表演产业总规模, 数字经济规模).
        Target sports = extract("到2025年,体育竞赛表演产业总规模达到2万亿元,基本形成产业体系。").get(0);
        assertThat(sports.unit()).isEqualTo("万亿元");
        assertThat(sports.yuan()).isCloseTo(2e12, within(1.0));
        assertThat(sports.comparator()).isEqualTo(Comparator.AT_LEAST);
        assertThat(sports.period()).isEqualTo("2025");
        assertThat(extract("数字经济核心产业增加值突破1.5万亿元。").get(0).yuan()).isCloseTo(1.5e12, within(1.0));
    }

    @Test
    void volumesAreasAndPlainYuan() {
        Target water = extract("到2020年,全区用水总量控制在1.55亿立方米以内。").get(0);
        assertThat(water.unit()).isEqualTo("亿立方米");
        assertThat(water.comparator()).isEqualTo(Comparator.AT_MOST);
        assertThat(extract("新建15公顷以上的城市片林。").get(0).unit()).isEqualTo("公顷");
        Target funding = extract("高职院校生均财政拨款水平达到12000元。").get(0);
        assertThat(funding.yuan()).isCloseTo(12000.0, within(0.001));
    }

    @Test
    void aFigureHoldsForTheWholeAreaOfThePlansLevelUnlessItNamesOne() {
        DocumentFacts anhui = new DocumentFacts("安徽省工业互联网创新发展行动计划", DocumentKind.ACTION_PLAN, null, "安徽省", null, null,
                null, null, 2021, IssuingPlace.province("安徽省"));
        assertThat(extractFrom("培育100个优秀工业APP。", anhui).get(0).scope()).isEqualTo("全省");
        DocumentFacts national = new DocumentFacts("国家职业教育改革实施方案", DocumentKind.ACTION_PLAN, null, null, null, null,
                null, null, 2019, IssuingPlace.NATIONAL);
        Target schools = extractFrom("到2022年,建设50所高水平高等职业学校。", national).get(0);
        assertThat(schools.scope()).isEqualTo("全国");
        assertThat(extractFrom("全省培育3家左右双跨平台。", national).get(0).scope()).as("named in the clause").isEqualTo("全省");
        assertThat(extract("新开工项目不少于20个。").get(0).scope()).isEqualTo("全市");
    }

    @Test
    void standingAndLongRangeFiguresGetNoPlanYear() {
        assertThat(extract("家庭医生应每季度至少主动联系1次签约居民").get(0).period()).isNull();
        assertThat(extract("每年面向1万名专业技术人才开展培训").get(0).period()).isNull();
        DocumentFacts guangzhou = plan(2023, null, null);
        List<Target> targets = extractFrom("到2035年,签约服务覆盖率达到75%以上。建设约100间规范化家庭医生工作室。", guangzhou);
        assertThat(targets).extracting(Target::period).containsExactly("2035", null);
    }

    @Test
    void oneFigureForEachMetricListed() {
        assertThat(extract("社会消费品零售总额、外贸进出口总额均增长8%")).extracting(Target::metric)
                .containsExactly("社会消费品零售总额", "外贸进出口总额");
        assertThat(extract("工业增加值、服务业增加值分别增长6%")).hasSize(2);
    }

    @Test
    void copiedSentencesAndIndicatorCellsRestateEarlierFigures() {
        String body = "现阶段家庭医生包括全科医生和乡村医生,到2023年,力争每万常住人口家庭医生数不低于4人。";
        List<Target> copied = extract(body + "\n附件2 任务分工表\n1\n" + body + "\n");
        assertThat(copied).hasSize(1);
        String table = "到2035年,签约服务覆盖率达到75%以上。\n附件1 指标体系\n2.签约服务覆盖率\n较上一年增加。2035年达到75%。\n"
                + "12.就诊率\n较上一年增加,力争2023年达到60%。\n";
        assertThat(extract(table)).extracting(Target::value).containsExactly(75.0, 60.0);
    }
}

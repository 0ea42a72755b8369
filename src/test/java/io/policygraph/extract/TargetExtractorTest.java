package io.policygraph.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
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
    void periodFallsBackToThePlanYearUnlessThePlanSpansYears() {
        assertThat(extract("全年推进实施产业投资项目105项").get(0).period()).isEqualTo("2022");
        assertThat(extractor.extract("抓好在库的425个重点支撑性项目", 2022, true, at -> null).get(0).period()).isNull();
    }
}

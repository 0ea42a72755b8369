package io.policygraph.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentFactsExtractorTest {

    private final DocumentFactsExtractor extractor = new DocumentFactsExtractor(Gazetteer.standard());

    @Test
    void issuingNoticeWithNumberAndSignatureDate() {
        String text = """
                嘉政办发〔2023〕39号- 关于印发嘉峪关市推动项目落地“大提速”工作方案的通知
                发布日期:2023-08-04 09:58
                嘉峪关市人民政府办公室
                2023年5月12日
                嘉峪关市推动项目落地大提速工作方案
                一、工作目标
                """;
        DocumentFacts f = extractor.extract(text);
        assertThat(f.title()).isEqualTo("嘉峪关市推动项目落地“大提速”工作方案");
        assertThat(f.kind()).isEqualTo(DocumentKind.WORK_PLAN);
        assertThat(f.docNumber()).isEqualTo("嘉政办发〔2023〕39号");
        assertThat(f.issued()).isEqualTo(LocalDate.of(2023, 5, 12));
        assertThat(f.city()).isEqualTo("嘉峪关市");
        assertThat(f.province()).isEqualTo("甘肃省");
        assertThat(f.planYear()).isEqualTo(2023);
        assertThat(f.periodStart()).isNull();
    }

    @Test
    void newsReportAboutAPlanWithItsPeriod() {
        String text = """
                晋城市开展项目建设“冬季行动”
                近日,《晋城市项目建设冬季行动方案》正式出台,明确从2022年10月21日至2023年1月31日,在全市开展行动。
                [编辑:彭欣]
                """;
        DocumentFacts f = extractor.extract(text);
        assertThat(f.kind()).isEqualTo(DocumentKind.NEWS_REPORT);
        assertThat(f.title()).isEqualTo("晋城市项目建设冬季行动方案");
        assertThat(f.periodStart()).isEqualTo(LocalDate.of(2022, 10, 21));
        assertThat(f.periodEnd()).isEqualTo(LocalDate.of(2023, 1, 31));
        assertThat(f.planYear()).isEqualTo(2022);
        assertThat(f.city()).isEqualTo("晋城市");
        assertThat(f.province()).isEqualTo("山西省");
        assertThat(f.issued()).isNull();
        assertThat(f.docNumber()).isNull();
    }

    @Test
    void newsReportAboutAMeetingIsTitledByItsHeadline() {
        String text = """
                临汾市项目建设年动员部署大会举行
                2022-03-12 09:44:58 来源:临汾新闻网
                临汾新闻网讯 (记者 张浩) 市发改委负责人解读了《临汾市2022年项目建设年行动方案》。
                """;
        DocumentFacts f = extractor.extract(text);
        assertThat(f.kind()).isEqualTo(DocumentKind.NEWS_REPORT);
        assertThat(f.title()).isEqualTo("临汾市项目建设年动员部署大会举行");
        assertThat(f.issued()).isEqualTo(LocalDate.of(2022, 3, 12));
        assertThat(f.planYear()).isEqualTo(2022);
    }

    @Test
    void eventHeadlineOnAGovernmentSiteIsANewsReport() {
        DocumentFacts f = extractor.extract("白银市召开重点项目推进会\n来源:白银市人民政府\n会议要求,一是要加快项目建设。二是要强化保障。");
        assertThat(f.kind()).isEqualTo(DocumentKind.NEWS_REPORT);
        assertThat(f.title()).isEqualTo("白银市召开重点项目推进会");
        assertThat(extractor.extract("关于开展项目建设年活动的通知\n各县区人民政府:").kind()).isNotEqualTo(DocumentKind.NEWS_REPORT);
    }

    @Test
    void planWithoutCityKeepsCityAndProvinceUnknown() {
        String text = "2023年投资增长专项攻坚行动方案为深入贯彻落实省政府决策部署,结合市实际,制定本实施方案。一、指导思想";
        DocumentFacts f = extractor.extract(text);
        assertThat(f.title()).isEqualTo("2023年投资增长专项攻坚行动方案");
        assertThat(f.kind()).isEqualTo(DocumentKind.ACTION_PLAN);
        assertThat(f.city()).isNull();
        assertThat(f.province()).isNull();
        assertThat(f.planYear()).isEqualTo(2023);
    }

    @Test
    void multiYearPlanRunsOverWholeYears() {
        DocumentFacts f = extractor.extract("兰州市新型基础设施建设三年行动计划(2023—2025年)\n到2025年,建成5G基站1万个。");
        assertThat(f.periodStart()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(f.periodEnd()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(f.planYear()).isEqualTo(2023);
        assertThat(f.kind()).isEqualTo(DocumentKind.ACTION_PLAN);
    }

    @Test
    void monthRangePeriod() {
        DocumentFacts f = extractor.extract("六盘水市百日攻坚行动方案\n行动时间为2024年3月至6月。");
        assertThat(f.periodStart()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(f.periodEnd()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(f.city()).isEqualTo("六盘水市");
        assertThat(f.province()).isEqualTo("贵州省");
    }
}

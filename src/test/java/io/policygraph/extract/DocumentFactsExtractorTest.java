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
    void aOneLineCopyIsNamedByTheHeadingItStartsWithNotByTheWholeText() {
        // Document-sharing sites print the whole plan on one line: the dates and notices further on are prose.
        DocumentFacts first = extractor.extract("2023年稳增长攻坚行动方案为深入贯彻落实全省经济工作会议精神,制定本方案。"
                + "一、重点任务(一)加快项目建设。2023年6月30日前完成。市发展改革委牵头。二、工作要求 各地要按照《关于印发项目管理办法的通知》执行。");
        assertThat(first.title()).isEqualTo("2023年稳增长攻坚行动方案");
        assertThat(first.kind()).isEqualTo(DocumentKind.ACTION_PLAN);
        DocumentFacts second = extractor.extract("城市更新工作方案根据《城市更新条例》和省政府关于城市更新的通知要求,"
                + "结合实际制定本方案。一、工作目标 到2024年12月底,完成改造项目30个。");
        assertThat(second.title()).isEqualTo("城市更新工作方案");
        assertThat(second.kind()).isEqualTo(DocumentKind.WORK_PLAN);
    }

    @Test
    void aFirstLineOfProseIsNoName() {
        String prose = "各有关单位要进一步提高认识,加强组织领导,明确责任分工,细化工作措施,".repeat(4) + "确保各项任务按期完成。";
        assertThat(extractor.extract(prose + "\n一、加快项目建设").title()).isNull();
        assertThat(extractor.extract("重点项目建设推进会议纪要\n一、加快项目建设").title()).isEqualTo("重点项目建设推进会议纪要");
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

    @Test
    void thePlansOwnHeadingWinsOverTheNoticesShorterSpellingOfIt() {
        DocumentFacts guangzhou = extractor.extract("""
                广州市卫生健康委等4部门关于印发推进广州市家庭医生签约服务高质量发展实施方案的通知
                穗卫函〔2023〕1930号
                各区卫生健康局、财政局:
                市卫生健康委联合制定《关于推进广州市家庭医生签约服务高质量发展实施方案》,现印发给你们,请贯彻执行。
                广州市卫生健康委员会 广州市财政局
                2023年10月19日
                关于推进广州市家庭医生签约服务高质量发展实施方案
                一、工作目标
                """);
        assertThat(guangzhou.title()).isEqualTo("关于推进广州市家庭医生签约服务高质量发展实施方案");
        assertThat(guangzhou.issued()).isEqualTo(LocalDate.of(2023, 10, 19));
        // A one-line crawled copy: the fields are separated by spaces only.
        DocumentFacts pingtan = extractor.extract("岚综管办〔2015〕165号 平潭综合实验区管委会办公室关于印发平潭综合实验区社会信用体系建设"
                + "规划(2015-2020)任务分工实施方案的通知 区直各单位: 《平潭综合实验区社会信用体系建设规划(2015-2020)任务分工实施方案》"
                + "已经管委会同意,现印发给你们。 平潭综合实验区管委会办公室 2015年8月31日 平潭综合实验区社会信用体系建设规划(2015-2020年)"
                + "任务分工实施方案 为全面贯彻落实《平潭综合实验区社会信用体系建设规划(2015-2020年)》,现制定本方案。 一、加强信用标准体系建设");
        assertThat(pingtan.title()).isEqualTo("平潭综合实验区社会信用体系建设规划(2015-2020年)任务分工实施方案");
        assertThat(pingtan.issued()).isEqualTo(LocalDate.of(2015, 8, 31));
        assertThat(pingtan.periodStart()).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(pingtan.periodEnd()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(pingtan.kind()).isEqualTo(DocumentKind.WORK_PLAN);
    }

    @Test
    void aTitleBrokenOverShortLinesAboveTheDocumentNumberIsJoined() {
        DocumentFacts opinion = extractor.extract("""
                国务院关于促进综合保税区
                高水平开放高质量发展的若干意见
                国发〔2019〕3号
                各省、自治区、直辖市人民政府,国务院各部委、各直属机构:
                综合保税区是开放型经济的重要平台。
                国务院
                2019年1月12日
                """);
        assertThat(opinion.title()).isEqualTo("国务院关于促进综合保税区高水平开放高质量发展的若干意见");
        assertThat(opinion.kind()).isEqualTo(DocumentKind.OTHER);
        assertThat(opinion.planYear()).isEqualTo(2019);
        DocumentFacts notice = extractor.extract("""
                国务院关于支持自由贸易试验区
                深化改革创新若干措施的通知
                国发〔2018〕38号
                各省、自治区、直辖市人民政府:
                为贯彻落实《内地与香港关于建立更紧密经贸关系的安排》,现将有关事项通知如下:
                """);
        assertThat(notice.title()).isEqualTo("国务院关于支持自由贸易试验区深化改革创新若干措施的通知");
        DocumentFacts split = extractor.extract("""
                立山区人民政府关于印发 《立山区政府2023年重点工作任务分解 和责任分工方案》的通知
                立山经济开发区,各街道办事处:
                2023年3月28日
                立山区政府2023年重点工作
                任务分解和责任分工方案
                一、经济社会发展的主要预期目标
                """);
        assertThat(split.title()).isEqualTo("立山区政府2023年重点工作任务分解和责任分工方案");
    }

    @Test
    void aPlanIssuedWithoutANoticeTitleIsNamedByTheLineThatIssuesIt() {
        DocumentFacts enshi = extractor.extract("""
                恩施市、建始县、巴东县人民政府,州政府有关部门:
                现将《州七届人大一次会议代表议案办理方案》印发给你们,请认真组织实施。
                二〇一二年三月一日
                州七届人大一次会议代表议案办理方案
                一、成立领导小组
                """);
        assertThat(enshi.title()).isEqualTo("州七届人大一次会议代表议案办理方案");
        assertThat(enshi.issued()).isEqualTo(LocalDate.of(2012, 3, 1));
        assertThat(enshi.planYear()).isEqualTo(2012);
        DocumentFacts fujian = extractor.extract("""
                各设区市人民政府,省直有关单位:
                《关于金融支持防控疫情稳定经济增长的若干措施》已经省政府同意,现印发给你们,请认真贯彻执行。
                二〇二〇年二月九日
                为深入贯彻落实党中央、国务院的重大部署,制定如下措施。
                """);
        assertThat(fujian.title()).isEqualTo("关于金融支持防控疫情稳定经济增长的若干措施");
        assertThat(fujian.issued()).isEqualTo(LocalDate.of(2020, 2, 9));
    }

    @Test
    void aCitedDocumentGivesNeitherTheYearNorThePeriod() {
        DocumentFacts a = extractor.extract("""
                关于推进家庭医生签约服务的实施方案
                为贯彻落实《广东省2021年家庭医生签约服务工作方案》,制定本方案。
                某市卫生健康委员会
                2023年10月19日
                """);
        assertThat(a.planYear()).isEqualTo(2023);
        DocumentFacts b = extractor.extract("""
                国务院办公厅关于全面推行
                行政执法公示制度的指导意见
                国办发〔2018〕118号
                各省、自治区、直辖市人民政府:
                《法治政府建设实施纲要(2015—2020年)》对此作出了具体部署。
                """);
        assertThat(b.planYear()).isEqualTo(2018);
        assertThat(b.periodStart()).isNull();
        assertThat(b.periodEnd()).isNull();
    }

    @Test
    void plansThatHandOutWorkAreWorkPlansAndOpinionsAreOther() {
        assertThat(PlanTitle.kind("2021年市政府主要工作目标任务分解落实方案")).isEqualTo(DocumentKind.WORK_PLAN);
        assertThat(PlanTitle.kind("立山区政府2023年重点工作任务分解和责任分工方案")).isEqualTo(DocumentKind.WORK_PLAN);
        assertThat(PlanTitle.kind("州七届人大一次会议代表议案办理方案")).isEqualTo(DocumentKind.WORK_PLAN);
        assertThat(PlanTitle.kind("平潭综合实验区2016年度旅游工作要点")).isEqualTo(DocumentKind.WORK_PLAN);
        assertThat(PlanTitle.kind("安徽省工业互联网创新发展行动计划(2021-2023年)")).isEqualTo(DocumentKind.ACTION_PLAN);
        assertThat(PlanTitle.kind("国家职业教育改革实施方案")).isEqualTo(DocumentKind.ACTION_PLAN);
        assertThat(PlanTitle.kind("国务院关于促进综合保税区高水平开放高质量发展的若干意见")).isEqualTo(DocumentKind.OTHER);
        assertThat(PlanTitle.kind("关于加快推进婴幼儿照护服务发展的实施意见")).isEqualTo(DocumentKind.OTHER);
    }

    @Test
    void aNoticeIssuingTwoDocumentsIsTitledByItsPlan() {
        DocumentFacts anhui = extractor.extract("""
                安徽省人民政府办公厅关于印发支持工业互联网发展若干政策和安徽省工业互联网创新发展行动计划(2021—2023年)的通知
                (皖政办秘〔2021〕82号)
                各市人民政府,省政府各部门:
                2021年9月2日
                支持工业互联网发展若干政策
                一、支持工业互联网平台建设
                """);
        assertThat(anhui.title()).isEqualTo("安徽省工业互联网创新发展行动计划(2021—2023年)");
        assertThat(anhui.kind()).isEqualTo(DocumentKind.ACTION_PLAN);
        DocumentFacts other = extractor.extract("""
                某市人民政府关于印发某市营商环境优化若干措施及某市2024年营商环境提升工作要点的通知
                各县区人民政府:
                """);
        assertThat(other.title()).isEqualTo("某市2024年营商环境提升工作要点");
        assertThat(other.planYear()).isEqualTo(2024);
    }

    @Test
    void aNoticeOrPlanTheTextOnlyCitesNeverNamesIt() {
        DocumentFacts jiangxi = extractor.extract("""
                《关于金融支持防控疫情稳定经济增长的若干措施》已经省政府同意,现印发给你们,请认真贯彻执行。
                2020年2月9日
                为加快推动《江西省人民政府印发关于有效应对疫情稳定经济增长20条政策措施的通知》(赣府发〔2020〕2号)落实,现提出如下措施。
                """);
        assertThat(jiangxi.title()).isEqualTo("关于金融支持防控疫情稳定经济增长的若干措施");
        DocumentFacts opinion = extractor.extract("""
                各市、县(区)人民政府,省政府各部门:
                为促进婴幼儿照护服务事业健康发展,根据《国务院办公厅关于促进3岁以下婴幼儿照护服务发展的指导意见》(国办发〔2019〕15号)精神,制定本实施意见。
                """);
        assertThat(opinion.title()).as("the text does not state its own name").isNull();
    }

    @Test
    void aJointNoticeIsTitledByItsFirstLineNotByThePlanItCites() {
        DocumentFacts joint = extractor.extract("""
                工业和信息化部办公厅 公安部办公厅 交通运输部办公厅 国家市场监督管理总局办公厅关于开展货车非法改装专项整治工作的通知
                工信厅联通装函〔2020〕180号
                各省、自治区、直辖市工业和信息化主管部门:
                按照国务院安委会《全国安全生产专项整治三年行动计划》(以下简称《行动计划》)部署,现就有关事项通知如下。
                """);
        assertThat(joint.title()).isEqualTo("工业和信息化部办公厅公安部办公厅交通运输部办公厅国家市场监督管理总局办公厅关于开展货车非法改装专项整治工作的通知");
        DocumentFacts single = extractor.extract("""
                市人民政府关于进一步做好稳就业工作的意见
                各县(市、区)人民政府:
                根据《国务院关于进一步做好稳就业工作的意见》,结合我市实际,提出以下意见。
                """);
        assertThat(single.title()).isEqualTo("市人民政府关于进一步做好稳就业工作的意见");
    }

    @Test
    void withoutATitleLineThePreambleNamesTheSubject() {
        DocumentFacts epidemic = extractor.extract("""
                各市、县(区)人民政府,省政府各部门:
                为全力维护人民群众生命安全和身体健康,现就以“两好”(即管控好“四类人员”、管理好“其他人员”)推进日常性新冠肺炎疫情防控工作提出以下实施意见:
                加强医疗废物管理,严格落实《医疗废物管理条例》和《医疗卫生机构医疗废物管理办法》。
                """);
        assertThat(epidemic.title()).isEqualTo("以“两好”推进日常性新冠肺炎疫情防控工作的实施意见");
        DocumentFacts hospitals = extractor.extract("""
                各省、自治区、直辖市人民政府:
                为进一步深化公立医院改革,现就加强三级公立医院绩效考核工作提出以下意见。
                """);
        assertThat(hospitals.title()).isEqualTo("加强三级公立医院绩效考核工作的意见");
    }

    @Test
    void aPortalsMetadataGivesTheDateTheDocumentWasSigned() {
        DocumentFacts taian = extractor.extract("""
                发布机构:泰安市人民政府办公室
                成文日期:2023-03-10
                发布日期:2023-03-15
                发文字号:泰政办发〔2023〕5号
                泰安市2023年重点项目建设实施方案
                """);
        assertThat(taian.issued()).isEqualTo(LocalDate.of(2023, 3, 10));
        DocumentFacts national = extractor.extract("""
                国务院办公厅关于加强三级公立医院绩效考核工作的意见
                发文机关:国务院办公厅 成文日期:2019年01月16日
                国办发〔2019〕4号
                """);
        assertThat(national.issued()).isEqualTo(LocalDate.of(2019, 1, 16));
    }
}

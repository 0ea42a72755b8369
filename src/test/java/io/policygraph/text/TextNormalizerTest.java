package io.policygraph.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    private String normalise(String raw) {
        return normalizer.normalise(raw).text();
    }

    @Test
    void convertsTraditionalToSimplified() {
        assertThat(normalise("運城市推動項目建設，強調優化營商環境")).isEqualTo("运城市推动项目建设,强调优化营商环境");
    }

    @Test
    void cornerBracketsOfTraditionalTextsBecomeTheQuotesOfSimplifiedPlans() {
        assertThat(normalise("開展項目建設「冬季行動」,落實『三早』要求")).isEqualTo("开展项目建设“冬季行动”,落实‘三早’要求");
    }

    @Test
    void removesPinyinGlossesButNotOrdinaryParentheses() {
        assertThat(normalise("項目建設(shè)年和開復(fù)工")).isEqualTo("项目建设年和开复工");
        assertThat(normalise("加快工（gōng）程进度")).isEqualTo("加快工程进度");
        assertThat(normalise("推行PPP(ppp)模式,各县(市、区)和开发区(园区)")).isEqualTo("推行PPP(ppp)模式,各县(市、区)和开发区(园区)");
        assertThat(normalise("人工智能(AI)产业")).isEqualTo("人工智能(AI)产业");
    }

    @Test
    void joinsPagesOfDocumentSharingSites() {
        String page = "推进项目建设,加快手续办理,强化要素保障,优化营商环境,".repeat(8);
        String raw = "《某县2024年项目攻坚方案.docx》由会员分享,可在线阅读,更多相关《某县2024年项目攻坚方案.docx》请在某文库上搜索。\n"
                + "1、某县2024年项目攻坚方案" + page + "及时发现问\n"
                + "2、题,加快协调解决。" + page + "全力推\n"
                + "3、进项目开工。" + page + "确保完成。";

        String text = normalise(raw);

        assertThat(text).doesNotContain("由会员分享").doesNotContain("1、").doesNotContain("2、").doesNotContain("3、");
        assertThat(text).startsWith("某县2024年项目攻坚方案").contains("及时发现问题,加快协调解决。").contains("全力推进项目开工。");
    }

    @Test
    void removesPrintedPageNumbersAndJoinsTheSentenceTheyCut() {
        assertThat(normalise("全力推进重点项目\n\n- 3 -\n\n建设,确保按期完成。\n—4—\n二、保障措施"))
                .isEqualTo("全力推进重点项目建设,确保按期完成。\n二、保障措施");
        assertThat(normalise("加快手续办理\n第2页 共6页\n进度")).isEqualTo("加快手续办理进度");
        assertThat(normalise("完成投资\n- 120亿元")).isEqualTo("完成投资\n- 120亿元");
    }

    @Test
    void joinsPagesWhenTheFirstPageHasNoNumber() {
        String page = "围绕重点产业链精准招商,推动签约项目尽快落地开工,".repeat(8);
        String raw = "某市招商引资工作方案\n" + page + "强化要\n2、素保障。" + page + "做好\n3、服务。" + page + "持续\n4、推进。";

        assertThat(normalise(raw)).isEqualTo("某市招商引资工作方案\n" + page + "强化要素保障。" + page + "做好服务。" + page + "持续推进。");
    }

    @Test
    void keepsRealListNumbering() {
        String raw = "主要任务如下。\n1、加强组织领导,明确责任分工。\n2、强化要素保障,做好资金调度。\n3、严格督查考核,定期通报进展。";
        assertThat(normalise(raw)).isEqualTo(raw);
    }

    @Test
    void unifiesWidthOfAsciiAndPunctuation() {
        assertThat(normalise("力争完成ＧＤＰ增长６．５％，投资（亿元）：１２０；是否达标？是！"))
                .isEqualTo("力争完成GDP增长6.5%,投资(亿元):120;是否达标?是!");
        assertThat(normalise("《方案》、“五大行动”〔2023〕。")).isEqualTo("《方案》、“五大行动”〔2023〕。");
    }

    @Test
    void tidiesWhitespaceButKeepsLines() {
        assertThat(normalise("  一、　工作目标  \r\n\r\n\r\n\r\n（一）\u00A0加快  建设 \t 进度 \n"))
                .isEqualTo("一、工作目标\n\n(一) 加快 建设\t进度");
    }

    @Test
    void keepsTheTabsThatSeparateACopiedTablesCells() {
        assertThat(normalise("序号\t重点任务\t牵头单位\n1\t推进5G建设  \t市工信局\t\n"))
                .isEqualTo("序号\t重点任务\t牵头单位\n1\t推进5G建设\t市工信局");
    }

    @Test
    void restoresDatesWhoseMarksWereLost() {
        assertThat(normalise("市人民政府办公室\n2023512\n(此件公开发布)")).contains("\n2023年5月12日\n");
        assertThat(normalise("办公室\n20231012")).endsWith("2023年10月12日");
        assertThat(normalise("办公室\n2022年3月28")).endsWith("2022年3月28日");
    }

    @Test
    void mapsRestoredDateDigitsToTheirRawDigits() {
        String raw = "办公室\n2023512";
        NormalisedText normalised = normalizer.normalise(raw);
        int day = normalised.text().indexOf("12日");
        assertThat(normalised.rawOffset(day)).isEqualTo(raw.indexOf("12"));
        assertThat(normalised.rawOffset(normalised.text().indexOf('5'))).isEqualTo(raw.indexOf('5'));
    }

    @Test
    void leavesDigitsThatAreNotOneDate() {
        assertThat(normalise("办公室\n2023111")).endsWith("2023111");
        assertThat(normalise("投资2023512万元")).isEqualTo("投资2023512万元");
    }

    @Test
    void restoresDocumentNumbersWhoseBracketWasLost() {
        assertThat(normalise("晋政办发〔202339\n")).isEqualTo("晋政办发〔2023〕39号");
        assertThat(normalise("临政发〔20245号")).isEqualTo("临政发〔2024〕5号");
        assertThat(normalise("嘉政办发〔2023〕39号")).isEqualTo("嘉政办发〔2023〕39号");
    }

    @Test
    void mapsEveryOffsetBackToTheRawText() {
        String raw = "  項目建設(shè)年：完成投資１２０億元\r\n嘉政办发〔202339";
        NormalisedText normalised = normalizer.normalise(raw);
        String text = normalised.text();

        assertThat(text).isEqualTo("项目建设年:完成投资120亿元\n嘉政办发〔2023〕39号");
        int year = text.indexOf('年');
        assertThat(raw.charAt(normalised.rawOffset(year))).isEqualTo('年');
        int amount = text.indexOf("120");
        assertThat(raw.substring(normalised.rawOffset(amount), normalised.rawOffset(amount + 3))).isEqualTo("１２０");
        int jia = text.indexOf('嘉');
        assertThat(raw.charAt(normalised.rawOffset(jia))).isEqualTo('嘉');
        int number = text.indexOf("39号");
        assertThat(raw.substring(normalised.rawOffset(number), normalised.rawOffset(number + 2))).isEqualTo("39");
        assertThat(normalised.rawOffset(text.length())).isEqualTo(raw.length());
    }
}

package io.policygraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoleExtractorTest {

    private final RoleExtractor roles = new RoleExtractor();

    @Test
    void labelledLinesFollowingTheTask() {
        RoleExtractor.Roles r = roles.extract("(一)加强政府投资项目计划管理。认真落实计划清单。\n\n"
                + "牵头单位:市发展改革委、市财政局\n\n责任单位:郊区工作办、市教育局、工业园区管委会\n\n完成时限:按周调度,12月底完成");
        assertThat(r.leads()).containsExactly("市发展改革委", "市财政局");
        assertThat(r.responsible()).containsExactly("郊区工作办", "市教育局", "工业园区管委会");
        assertThat(r.supports()).isEmpty();
    }

    @Test
    void labelledParenthesesWithSeveralRoles() {
        RoleExtractor.Roles r = roles.extract("增速达到10%以上。(牵头单位:市发改委,配合单位:市能源局,"
                + "责任单位:各县市、区人民政府、忻州经济开发区管委会)");
        assertThat(r.leads()).containsExactly("市发改委");
        assertThat(r.supports()).containsExactly("市能源局");
        assertThat(r.responsible()).containsExactly("各县市、区人民政府", "忻州经济开发区管委会");
    }

    @Test
    void bareParenthesesWithVerbs() {
        RoleExtractor.Roles r = roles.extract("推进老旧小区改造。(市住建局牵头,市财政局、市自然资源局配合)");
        assertThat(r.leads()).containsExactly("市住建局");
        assertThat(r.supports()).containsExactly("市财政局", "市自然资源局");

        assertThat(roles.extract("做好资金保障(市财政局负责)。").responsible()).containsExactly("市财政局");
    }

    @Test
    void countyGovernmentsInParenthesesAreOneActor() {
        RoleExtractor.Roles r = roles.extract("责任单位:各县(市、区)人民政府、开发区(园区)管委会");
        assertThat(r.responsible()).containsExactly("各县(市、区)人民政府", "开发区(园区)管委会");
    }

    @Test
    void listEndsAtTheUnbalancedClosingParenthesis() {
        RoleExtractor.Roles r = roles.extract("加快协调解决。责任部门:市发改委,各县(市、区)政府、市新区办)(二)开展入统行动。");
        assertThat(r.responsible()).containsExactly("市发改委", "各县(市、区)政府", "市新区办");
    }

    @Test
    void leadDepartmentsAndResponsibilitySubjects() {
        RoleExtractor.Roles r = roles.extract("(牵头部门:市行政审批局、市能源局,责任主体:各县(市、区)人民政府)");
        assertThat(r.leads()).containsExactly("市行政审批局", "市能源局");
        assertThat(r.responsible()).containsExactly("各县(市、区)人民政府");
    }

    @Test
    void listCutAcrossLines() {
        RoleExtractor.Roles r = roles.extract("责任单位:市工信局、市住建局、\n市商务局\n完成时限:持续推进");
        assertThat(r.responsible()).containsExactly("市工信局", "市住建局", "市商务局");
    }

    @Test
    void assistingUnitsSupport() {
        RoleExtractor.Roles r = roles.extract("(牵头单位:市商务局;协助单位:市统计局)");
        assertThat(r.leads()).containsExactly("市商务局");
        assertThat(r.supports()).containsExactly("市统计局");
    }

    @Test
    void parenthesesThatAssignNobodyAreIgnored() {
        RoleExtractor.Roles r = roles.extract("新建类(含改建、扩建)工业项目固定资产投资达到250亿元以上。");
        assertThat(r.leads()).isEmpty();
        assertThat(r.responsible()).isEmpty();
        assertThat(r.supports()).isEmpty();
    }

    // ---------------------------------------------------------------- forms beyond the seeds (real lines, normalised)

    @Test
    void theDocumentsRuleThatTheFirstListedBodyLeads() {
        String national = "1.拓展两个市场。积极稳妥地在综合保税区推广增值税一般纳税人资格试点。(税务总局、财政部、海关总署负责,排在第一位的部门为牵头部门,下同)";
        assertThat(RoleExtractor.firstListedLeads(national)).isTrue();
        RoleExtractor.Roles r = roles.extract(national, true);
        assertThat(r.leads()).containsExactly("税务总局");
        assertThat(r.responsible()).containsExactly("财政部", "海关总署");

        String agriculture = "加快推动农机装备产业高质量发展。(工业和信息化部、发展改革委、科技部、农业农村部等负责。列第一位者为牵头单位,下同)";
        assertThat(RoleExtractor.firstListedLeads(agriculture)).isTrue();
        r = roles.extract(agriculture, true);
        assertThat(r.leads()).containsExactly("工业和信息化部");
        assertThat(r.responsible()).containsExactly("发展改革委", "科技部", "农业农村部");

        // Without the rule every listed body is responsible; "等有关部门" is the generic actor.
        assertThat(RoleExtractor.firstListedLeads("(海关总署、商务部等有关部门负责)")).isFalse();
        r = roles.extract("6.促进研发创新。(海关总署、商务部等有关部门负责)", false);
        assertThat(r.leads()).isEmpty();
        assertThat(r.responsible()).containsExactly("海关总署", "商务部", "有关部门");
    }

    @Test
    void theFirstListedRuleAlsoHoldsForALabelledList() {
        String bracket = "提升跨境贸易便利化水平。(责任单位:市商务局、唐山海关、市交通运输局,列第一位的为牵头单位,下同)";
        RoleExtractor.Roles r = roles.extract(bracket, RoleExtractor.firstListedLeads(bracket));
        assertThat(r.leads()).containsExactly("市商务局");
        assertThat(r.responsible()).containsExactly("唐山海关", "市交通运输局");
        // The rule stated once in the preamble, the lists labelled later.
        r = roles.extract("责任部门:县发改局、县财政局", RoleExtractor.firstListedLeads("各项任务责任部门中排在第一位的为牵头部门。"));
        assertThat(r.leads()).containsExactly("县发改局");
        assertThat(r.responsible()).containsExactly("县财政局");
        // Without the rule a labelled list is all responsible.
        assertThat(roles.extract("(责任单位:市发展改革委、市财政局)", false).leads()).isEmpty();
    }

    @Test
    void aListMarksItsLeadInPlace() {
        RoleExtractor.Roles r = roles.extract("责任单位:市市场监管局(牵头)、市公安局、市中级人民法院");
        assertThat(r.leads()).containsExactly("市市场监管局");
        assertThat(r.responsible()).containsExactly("市公安局", "市中级人民法院");
        r = roles.extract("责任部门:县发改局(牵头单位)、县财政局");
        assertThat(r.leads()).containsExactly("县发改局");
        assertThat(r.responsible()).containsExactly("县财政局");
    }

    @Test
    void aTimeNoteInsideTheBracketDoesNotHideItsRoles() {
        RoleExtractor.Roles r = roles.extract("实施县城有机更新三年行动。(县住建局牵头,县自然资源和规划局、各乡镇(街道)配合,12月底前完成)");
        assertThat(r.leads()).containsExactly("县住建局");
        assertThat(r.supports()).containsExactly("县自然资源和规划局", "各乡镇(街道)");
        assertThat(roles.extract("深化商事制度改革。(市商务局负责,长期坚持)").responsible()).containsExactly("市商务局");
        assertThat(roles.extract("(2023年12月底前完成)").isEmpty()).isTrue();
    }

    @Test
    void hostAndCoHostBodies() {
        RoleExtractor.Roles r = roles.extract("巩固来之不易的抗疫成果。(市卫健委主办,市相关部门、江北新区管委会、各区政府协办)");
        assertThat(r.leads()).containsExactly("市卫健委");
        assertThat(r.supports()).containsExactly("市相关部门", "江北新区管委会", "各区政府");

        r = roles.extract("二、明确工作责任\n州交通运输局为该议案办理工作的牵头责任单位,负责拟定办理工作总体实施方案。"
                + "州发改委、州旅游委、州财政局、巴东县政府为协办单位,各单位要互相配合。");
        assertThat(r.leads()).containsExactly("州交通运输局");
        assertThat(r.supports()).containsExactly("州发改委", "州旅游委", "州财政局", "巴东县政府");
    }

    @Test
    void leadAndParticipants() {
        RoleExtractor.Roles r = roles.extract("完善相关污水处理设施。(区环境与国土资源局牵头,区经济发展局、社会事业局等参与)");
        assertThat(r.leads()).containsExactly("区环境与国土资源局");
        assertThat(r.supports()).containsExactly("区经济发展局", "社会事业局");

        r = roles.extract("开展“无废城市”建设试点。(生态环境部牵头,国家发展改革委、工业和信息化部、国家统计局参与)");
        assertThat(r.leads()).containsExactly("生态环境部");
        assertThat(r.supports()).containsExactly("国家发展改革委", "工业和信息化部", "国家统计局");
    }

    @Test
    void oneBodyJoinedByOthers() {
        RoleExtractor.Roles r = roles.extract("形成一批特色鲜明的优势产业集群。(国家发展改革委会同有关部门负责)");
        assertThat(r.leads()).containsExactly("国家发展改革委");
        assertThat(r.supports()).containsExactly("有关部门");

        r = roles.extract("在政策方面先行先试。(国家发展改革委、财政部会同有关部门负责)");
        assertThat(r.leads()).containsExactly("国家发展改革委", "财政部");
    }

    @Test
    void inlineLedByStatements() {
        RoleExtractor.Roles r = roles.extract("一、推动《平潭国际旅游岛建设方案》获批由区经济发展局牵头,成立专门班子驻京配合国家和省发改委修改方案。");
        assertThat(r.leads()).containsExactly("区经济发展局");

        r = roles.extract("建立联席会议,由省卫生健康委牵头,会同省发展改革委、省教育厅共同研究解决重大问题。");
        assertThat(r.leads()).containsExactly("省卫生健康委");
        assertThat(r.supports()).containsExactly("省发展改革委", "省教育厅");
    }

    @Test
    void dutyStatementsAfterALabel() {
        RoleExtractor.Roles r = roles.extract("责任分工:区规划局负责开展规划编制工作,所在乡镇人民政府组织实施,区直有关责任部门配合,区交通与建设局业务检查指导。");
        assertThat(r.responsible()).containsExactly("区规划局", "所在乡镇人民政府");
        assertThat(r.supports()).containsExactly("区直有关责任部门");

        r = roles.extract("放宽人才中介机构限制。(负责部门:人力资源社会保障部、住房城乡建设部、商务部)");
        assertThat(r.responsible()).containsExactly("人力资源社会保障部", "住房城乡建设部", "商务部");

        r = roles.extract("提升网络化协同制造水平。牵头单位:区经发局经信处,配合单位:区经发局发改处、社会事业局、数字办");
        assertThat(r.leads()).containsExactly("区经发局经信处");
        assertThat(r.supports()).containsExactly("区经发局发改处", "社会事业局", "数字办");
    }

    @Test
    void proseThatMentionsLeadingIsNoRoleStatement() {
        RoleExtractor.Roles r = roles.extract("各地区各有关部门要充分认识重要意义。海关总署要继续做好牵头工作,进一步优化区域布局。");
        assertThat(r.isEmpty()).isTrue();
        r = roles.extract("体育赛事播放收益由赛事主办方或组委会与转播机构分享。");
        assertThat(r.isEmpty()).isTrue();
    }

    @Test
    void listsJoinedByDengHe() {
        RoleExtractor.Roles r = roles.extract("(发展改革委、扶贫办、财政部等和各省级人民政府负责)", true);
        assertThat(r.leads()).containsExactly("发展改革委");
        assertThat(r.responsible()).containsExactly("扶贫办", "财政部", "各省级人民政府");
        r = roles.extract("(农业农村部、文化和旅游部等和各有关省级人民政府负责)");
        assertThat(r.responsible()).containsExactly("农业农村部", "文化和旅游部", "各有关省级人民政府");
    }

    @Test
    void theTextsNotesInsideABracketAreNotBodies() {
        RoleExtractor.Roles r = roles.extract("(区环境与国土资源局牵头,区经济发展局等参与,相关乡镇配合。以下均需相关乡镇配合,不再列出)");
        assertThat(r.leads()).containsExactly("区环境与国土资源局");
        assertThat(r.supports()).containsExactly("区经济发展局", "相关乡镇");

        r = roles.extract("(税务总局、财政部、海关总署负责,排在第一位的部门为牵头部门,下同)");
        assertThat(r.responsible()).containsExactly("税务总局", "财政部", "海关总署");
    }
}

package io.policygraph.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole plans in layouts no seed uses. */
class PlanExtractorTest {

    private final PlanExtractor extractor = new PlanExtractor();

    @Test
    void countyPlanNamesItsBodiesAfterTheCounty() {
        String text = """
                平遥县2024年项目建设攻坚行动方案
                一、重点任务
                (一)加快重点项目建设。2024年6月底前新开工项目不少于20个。(县发改局牵头,县财政局、各乡(镇)人民政府配合)
                (二)强化要素保障。(牵头单位:县自然资源局;责任单位:县政府各部门)
                """;
        PlanExtraction e = extractor.extract("county.txt", text);
        assertThat(e.facts().city()).isEqualTo("晋中市");
        assertThat(e.facts().province()).isEqualTo("山西省");
        assertThat(e.facts().planYear()).isEqualTo(2024);
        Task first = e.tasks().get(0);
        assertThat(first.number()).isEqualTo("一.(一)");
        assertThat(first.leads()).containsExactly("平遥县发展和改革局");
        assertThat(first.supports()).containsExactly("平遥县财政局", "平遥县各乡(镇)人民政府");
        assertThat(first.deadline().date()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(e.tasks().get(1).leads()).containsExactly("平遥县自然资源局");
        assertThat(e.targets()).singleElement().satisfies(t -> {
            assertThat(t.value()).isEqualTo(20.0);
            assertThat(t.comparator()).isEqualTo(Comparator.AT_LEAST);
            assertThat(t.taskNumber()).isEqualTo("一.(一)");
        });
        assertThat(e.departments()).extracting(Department::type).contains("发展和改革局", "财政局");
    }

    @Test
    void cityPlanWithArticlesAndRoleLinesUnderEachArticle() {
        String text = """
                天水市优化营商环境三年行动计划
                第一条 深化“放管服”改革。推行告知承诺制。
                责任单位:市行政审批局、各县(区)人民政府
                第二条 强化要素保障。每季度通报一次进展。
                牵头单位:市自然资源局
                """;
        PlanExtraction e = extractor.extract("articles.txt", text);
        assertThat(e.facts().city()).isEqualTo("天水市");
        assertThat(e.tasks()).extracting(Task::number).containsExactly("第一条", "第二条");
        assertThat(e.tasks().get(0).responsible()).containsExactly("天水市行政审批局", "天水市各县(市、区)人民政府");
        assertThat(e.tasks().get(1).deadline().recurrence()).isEqualTo(Recurrence.QUARTERLY);
        assertThat(e.departments()).filteredOn(d -> d.name().equals("天水市行政审批局")).singleElement()
                .satisfies(d -> assertThat(d.aliases()).contains("市行政审批局"));
    }

    @Test
    void aBodyWhoseMeetingIsCitedDoesNotActInThePlan() {
        // 立山区's and 忻州市's plans open by citing party meetings; neither committee is assigned anything.
        String text = """
                鞍山市立山区2023年重点工作任务分解方案
                认真贯彻市委十三届五次全会精神、区委十五届四次全会精神,落实省委、市委经济工作会议部署。
                一、主要目标
                1.地区生产总值增长6%。
                牵头单位:区发改局
                2.抓好党建引领。
                牵头单位:区委组织部
                """;
        PlanExtraction e = extractor.extract("meetings.txt", text);
        assertThat(e.departments()).extracting(Department::name)
                .contains("鞍山市立山区发展和改革局", "中共鞍山市立山区委组织部")
                .doesNotContain("中共鞍山市委员会", "中共鞍山市立山区委员会");
    }

    @Test
    void anAppendedListOfMembersBelongsToNoTaskAndAGovernmentOwningAGroupDoesNotAct() {
        String text = """
                恩施市、建始县、巴东县人民政府,州政府有关部门:
                州交通项目议案办理方案
                一、成立领导小组
                成立议案办理工作领导小组,由副州长任组长,州政府相关职能部门主要负责人为成员。
                二、实行跟踪督办
                州政府督查室要将该议案办理工作纳入年度督查工作重点,实行跟踪督查。
                议案办理工作领导小组成员名单
                组 长:张 宇 副州长
                成 员:李 义 州交通运输局局长
                """;
        PlanExtraction e = extractor.extract("prefecture.txt", text);
        assertThat(e.tasks()).extracting(Task::number).containsExactly("一", "二");
        assertThat(e.tasks().get(0).responsible()).isEmpty();
        assertThat(e.tasks().get(1).responsible()).containsExactly("恩施州人民政府督查室");
        String province = """
                各市、县(区)人民政府,省政府各部门:
                1.加强统筹协调。省政府有关部门要按职责分工抓好落实。
                2.加强督查。省政府督查室每季度通报进展。
                """;
        PlanExtraction p = extractor.extract("province.txt", province);
        assertThat(p.tasks().get(0).responsible()).isEmpty();
    }

    @Test
    void aBodyNamedOnlyInAnOfficialsPostIsNoActor() {
        // A province's member list in an attachment (安徽) and a prefecture's list after the plan (恩施): the bodies in
        // the members' posts act in the plan only where the plan itself names them.
        String province = """
                安徽省工业互联网创新发展行动计划
                一、主要任务
                1.建设工业互联网平台。(责任单位:省经济和信息化厅)
                附件
                省推进工业互联网创新发展专项工作组名单
                组 长:王清宪 省长
                成 员:胡春武 省自然资源厅厅长
                张天培 省经济和信息化厅厅长
                """;
        PlanExtraction p = extractor.extract("members.txt", province);
        assertThat(p.departments()).extracting(Department::name)
                .contains("安徽省经济和信息化厅").doesNotContain("安徽省自然资源厅");
        String prefecture = """
                恩施市、建始县、巴东县人民政府,州政府有关部门:
                州交通项目议案办理方案
                一、明确工作责任
                州交通运输局为牵头责任单位,州发改委、州财政局为协办单位。
                成立领导小组,由州水利水产局局长任副组长。
                """;
        PlanExtraction e = extractor.extract("posts.txt", prefecture);
        assertThat(e.departments()).extracting(Department::name)
                .contains("恩施州交通运输局", "恩施州发展和改革委员会", "恩施州财政局")
                .doesNotContain("恩施州水利水产局");
    }

    @Test
    void articlesOfGeneralAndFinalProvisionsAreNoTasksAndProseVerbsGiveRoles() {
        String text = """
                包头市优化营商环境实施办法
                第一章 总则
                第一条 为优化营商环境,制定本办法。
                第二章 政务服务
                第二条 市发展改革委牵头建立营商环境评价机制,市统计局配合。
                第三条 市税务局牵头推行非接触式办税,市财政局、市人社局协助。
                第三章 附则
                第四条 本办法自发布之日起施行。
                """;
        PlanExtraction e = extractor.extract("articles.txt", text);
        assertThat(e.tasks()).extracting(Task::number).containsExactly("第二章.第二条", "第二章.第三条");
        assertThat(e.tasks().get(0).leads()).containsExactly("包头市发展和改革委员会");
        assertThat(e.tasks().get(0).supports()).containsExactly("包头市统计局");
        assertThat(e.tasks().get(1).leads()).containsExactly("国家税务总局包头市税务局");
        assertThat(e.tasks().get(1).supports()).containsExactly("包头市财政局", "包头市人力资源和社会保障局");
    }

    @Test
    void aBodyThatWorksTogetherWithOthersLeadsThem() {
        // A provincial measure (江西) and a provincial policy's closing paragraph (安徽): A会同B… in prose.
        String text = """
                江西省金融支持防控疫情若干措施
                1.强化融资对接。省发展改革委会同工业和信息化、商务、农业农村等部门梳理企业融资需求。
                2.制定细则。省经济和信息化厅会同省财政厅等单位制定具体实施细则。
                3.推进设施建设。以政府为责任主体,推动处置设施建设。
                """;
        PlanExtraction e = extractor.extract("measures.txt", text);
        assertThat(e.tasks().get(0).leads()).containsExactly("江西省发展和改革委员会");
        assertThat(e.tasks().get(1).leads()).containsExactly("江西省经济和信息化厅");
        assertThat(e.tasks().get(1).supports()).containsExactly("江西省财政厅");
        assertThat(e.tasks().get(2).responsible()).isEmpty();
    }

    @Test
    void aFiguresClauseStartsAfterTheBracketOrMarkBeforeIt() {
        String text = """
                某县2023年乡村振兴工作要点
                一、重点任务
                (一)稳定粮食生产。①全年粮食播种面积稳定在50万亩以上。(县农业农村局负责)②新建高标准农田2万亩。
                (二)发展产业。(县商务局牵头)培育龙头企业5家。
                """;
        PlanExtraction e = extractor.extract("county.txt", text);
        assertThat(e.targets()).extracting(Target::text)
                .containsExactly("全年粮食播种面积稳定在50万亩以上", "新建高标准农田2万亩", "培育龙头企业5家");
    }

    @Test
    void bodiesUnknownToTheCatalogAreFoundInRunningText() {
        String text = """
                张掖市城市更新行动方案
                一、重点任务
                (一)推进老旧小区改造。市房产服务中心要加快摸排,市住建局做好指导。
                (二)完善园区配套。张掖经济技术开发区要加快管网建设。
                """;
        PlanExtraction e = extractor.extract("free.txt", text);
        assertThat(e.departments()).extracting(Department::name)
                .contains("张掖市房产服务中心", "张掖市住房和城乡建设局", "张掖经济技术开发区管理委员会");
        assertThat(e.tasks().get(0).responsible()).containsExactly("张掖市房产服务中心", "张掖市住房和城乡建设局");
    }

    @Test
    void newsTaskIsCarriedByTheBodiesThatAct() {
        String text = """
                运城市召开项目建设推进会
                破解难题攻坚行动方面,分层分级推进,县级事权的县级政府协调解决,市级事权的市直牵头部门协调解决。
                谋划储备攻坚行动方面,分级谋划,各县(市、区)、开发区重点抓好项目的谋划储备。
                [编辑:王明]
                """;
        PlanExtraction e = extractor.extract("news.txt", text);
        Task task = e.tasks().get(0);
        assertThat(task.title()).isEqualTo("破解难题攻坚行动");
        assertThat(task.leads()).containsExactly("运城市市直部门");
        assertThat(task.responsible()).containsExactly("运城市各县(市、区)人民政府");
        Task planning = e.tasks().stream().filter(t -> t.title().equals("谋划储备攻坚行动")).findFirst().orElseThrow();
        assertThat(planning.responsible()).containsExactly("运城市各县(市、区)人民政府", "运城市各开发区");
    }
}

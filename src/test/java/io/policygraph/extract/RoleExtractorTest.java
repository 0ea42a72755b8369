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
}

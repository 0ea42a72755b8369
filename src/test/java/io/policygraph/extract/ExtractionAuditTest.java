package io.policygraph.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit judged on extractions built by hand, so each case says exactly what was and was not read;
 * every rule is shown with lines of two different real plans.
 */
class ExtractionAuditTest {

    private final ExtractionAudit audit = new ExtractionAudit(List.of("亿元", "万元", "%", "家", "个", "公里", "人次"),
            Set.of("发展和改革委员会", "财政局", "公安局")::contains);

    private static final DocumentFacts FACTS = new DocumentFacts("方案", DocumentKind.WORK_PLAN, null, null, null,
            null, null, null, 2023);

    /** A task from {@code firstWords} to the next line that starts with a digit (its role lines included). */
    private static Task task(String text, String number, String firstWords, List<String> leads, List<String> responsible,
                             List<String> supports, Deadline deadline) {
        int start = text.indexOf(firstWords);
        var next = java.util.regex.Pattern.compile("\\n(?=[\\d(一二三])").matcher(text);
        int end = next.find(start) ? next.start() : text.length();
        return new Task(number, firstWords, text.substring(start, end), start, end, leads, responsible, supports,
                deadline, List.of());
    }

    private List<ExtractionWarning> warnings(String text, List<Task> tasks, List<Target> targets, List<Department> bodies) {
        return audit.audit(new PlanExtraction("t.txt", text, FACTS, bodies, tasks, targets, List.of()));
    }

    private static List<ExtractionWarning.Kind> kinds(List<ExtractionWarning> warnings) {
        return warnings.stream().map(ExtractionWarning::kind).toList();
    }

    @Test
    void aRoleLabelWhoseTaskHoldsNoBodyInThatRoleIsReported() {
        // 分工方案 style (one field a line) and the national "负责部门：" bracket.
        String text = """
                1.地区生产总值增长6%左右。
                牵头单位:区发改局
                2.推进商事制度改革,扩大开放领域。(负责部门:人力资源社会保障部、住房城乡建设部)
                """;
        var none = List.<String>of();
        var unread = warnings(text, List.of(
                task(text, "1", "地区生产总值", none, none, none, null),
                task(text, "2", "推进商事制度改革", none, none, none, null)), List.of(), List.of());
        assertThat(unread).filteredOn(w -> w.kind() == ExtractionWarning.Kind.UNRESOLVED_ROLE)
                .extracting(ExtractionWarning::start)
                .contains(text.indexOf("牵头单位"), text.indexOf("负责部门"));

        var read = warnings(text, List.of(
                task(text, "1", "地区生产总值", List.of("立山区发展和改革局"), none, none, null),
                task(text, "2", "推进商事制度改革", List.of("人力资源和社会保障部"), List.of("住房和城乡建设部"), none, null)),
                List.of(), List.of());
        assertThat(kinds(read)).doesNotContain(ExtractionWarning.Kind.UNRESOLVED_ROLE);
    }

    @Test
    void aLabelUsedAsANounInProseIsNoRoleStatement() {
        String text = """
                (一)加强组织领导。各责任单位严格按照要求成立工作小组。
                (二)强化考核。对自查不达标的项目,要求相关责任单位说明情况并限期整改。
                """;
        var none = List.<String>of();
        var found = warnings(text, List.of(task(text, "(一)", "加强组织领导", none, none, none, null),
                task(text, "(二)", "强化考核", none, none, none, null)), List.of(), List.of());
        assertThat(kinds(found)).doesNotContain(ExtractionWarning.Kind.UNRESOLVED_ROLE);
    }

    @Test
    void aBodyTypeTheCatalogDoesNotKnowAndThatLooksShortenedIsReported() {
        String text = "(区经发局牵头,区财政局配合)推进招商;(国税局、地税局负责)推行电子发票。";
        var bodies = List.of(
                new Department("平潭综合实验区经发局", Set.of("区经发局"), "经发局", DepartmentKind.DEPARTMENT, null),
                new Department("平潭综合实验区财政局", Set.of("区财政局"), "财政局", DepartmentKind.DEPARTMENT, null),
                new Department("国税局", Set.of("国税局"), "国税局", DepartmentKind.DEPARTMENT, null),
                new Department("平潭综合实验区管理委员会", Set.of("管委会"), "管理委员会", DepartmentKind.OTHER, null));
        var found = warnings(text, List.of(), List.of(), bodies);
        assertThat(found).filteredOn(w -> w.kind() == ExtractionWarning.Kind.UNEXPANDED_ABBREVIATION)
                .extracting(ExtractionWarning::start)
                .containsExactlyInAnyOrder(text.indexOf("区经发局"), text.indexOf("国税局"));
    }

    @Test
    void numberedItemsOutsideEveryTaskAreReportedButSectionHeadingsAndDeeperItemsAreNot() {
        // Line-broken layout and a crawled one-line copy: items follow a full stop on the same line.
        String text = """
                一、总体要求
                (一)加快项目建设。
                (二)优化营商环境。1.推行告知承诺制。2.压缩审批时限。
                二、保障措施。(一)加强组织领导。(二)强化督查考核。
                """;
        var none = List.<String>of();
        var tasks = new ArrayList<Task>();
        tasks.add(task(text, "一.(一)", "加快项目建设", none, none, none, null));
        tasks.add(task(text, "一.(二)", "优化营商环境", none, none, none, null));
        var found = warnings(text, tasks, List.of(), List.of());
        assertThat(found).filteredOn(w -> w.kind() == ExtractionWarning.Kind.NUMBERED_LINE_NOT_TASK)
                .extracting(ExtractionWarning::start)
                .containsExactly(text.indexOf("(一)加强组织领导"), text.indexOf("(二)强化督查考核"));
    }

    @Test
    void aSiblingSwallowedByATaskIsReported() {
        String text = "(三)完善信用制度。(责任单位:区经济发展局)(四)推进信用信息公开。(责任单位:区行政审批局)";
        var tasks = List.of(new Task("(三)", "完善信用制度", text, 0, text.length(), List.of(), List.of("x"), List.of(),
                null, List.of()));
        var found = warnings(text, tasks, List.of(), List.of());
        assertThat(found).filteredOn(w -> w.kind() == ExtractionWarning.Kind.NUMBERED_LINE_NOT_TASK)
                .extracting(ExtractionWarning::start).containsExactly(text.indexOf("(四)"));
    }

    @Test
    void quantitiesOutsideTargetsAreReportedButDatesAreNot() {
        String text = """
                到2023年,培育工业互联网平台10个,服务企业1万家。
                2022年四季度全市力争完成固定资产投资238.2亿元,接待游客120万人次。
                """;
        int first = text.indexOf("培育");
        var target = new Target(text.substring(first, text.indexOf(",服务")), first, text.indexOf(",服务"), "工业互联网平台",
                10, "个", Comparator.EXACTLY, null, "2023", null, null);
        var found = warnings(text, List.of(), List.of(target), List.of());
        assertThat(found).filteredOn(w -> w.kind() == ExtractionWarning.Kind.QUANTITY_NOT_TARGET)
                .extracting(w -> text.substring(w.start(), w.end()))
                .containsExactly("1万家", "238.2亿元", "120万人次");
    }

    @Test
    void aTimePhraseInATaskWithoutDeadlineIsReported() {
        String text = """
                1.启动信用平台建设,2016年底前建成。
                2.建立督办制度,重点事项每月通报。
                3.加强宣传。
                """;
        var none = List.<String>of();
        var found = warnings(text, List.of(
                task(text, "1", "启动信用平台建设", none, none, none, null),
                task(text, "2", "建立督办制度", none, none, none, new Deadline("每月通报", DeadlineKind.RECURRING, null, null,
                        null, Recurrence.MONTHLY)),
                task(text, "3", "加强宣传", none, none, none, null)), List.of(), List.of());
        assertThat(found).filteredOn(w -> w.kind() == ExtractionWarning.Kind.DEADLINE_NOT_PARSED)
                .extracting(w -> text.substring(w.start(), w.end())).containsExactly("2016年底前");
    }

    @Test
    void structureTheReaderRecognisedIsNoMissedTaskButAnUnreadItemIs() {
        // A national opinion (指导思想 / 基本原则 / 组织实施 framing, an indicator annex) and a district plan's
        // 保障措施: headings and framing items are structure; an annex is one pointer, not one per line.
        String text = """
                一、总体要求
                (一)指导思想。以习近平新时代中国特色社会主义思想为指导,深化改革。
                (二)基本原则。坚持公益性导向,提高服务效率。
                二、重点任务
                (三)推进绩效考核。2019年3月底前各省份制定实施方案。(国家卫生健康委负责)
                (四)完善评价体系。(国家中医药局负责)
                三、保障措施
                (五)加强组织领导。各地要把考核作为重要工作。
                附件
                三级公立医院绩效考核指标
                1.门诊人次数与出院人次数比
                2.下转患者人次数
                3.日间手术占择期手术比例
                """;
        PlanExtraction plan = new PlanExtractor().extract("opinion.txt", text);
        assertThat(plan.tasks()).extracting(Task::number).contains("二.(三)", "二.(四)");
        List<ExtractionWarning> numbered = plan.warnings().stream()
                .filter(w -> w.kind() == ExtractionWarning.Kind.NUMBERED_LINE_NOT_TASK).toList();
        assertThat(numbered).singleElement().satisfies(w -> {
            assertThat(w.start()).isEqualTo(text.indexOf("1.门诊"));
            assertThat(w.text()).contains("3 numbered lines");
        });
    }

    @Test
    void theConstantOfAFormulaIsNoFigure() {
        String text = """
                1.日间手术占择期手术比例。计算方法:日间手术台次数/同期出院患者择期手术总台次数×100%。
                2.签约居民满意度。计算方法:满意人数/调查总人数*100%,力争达到90%。
                """;
        var none = List.<String>of();
        var warnings = warnings(text, List.of(task(text, "1", "日间手术", none, none, none, null),
                task(text, "2", "签约居民", none, none, none, null)), List.of(), List.of());
        assertThat(warnings).filteredOn(w -> w.kind() == ExtractionWarning.Kind.QUANTITY_NOT_TARGET)
                .singleElement().satisfies(w -> assertThat(w.start()).isEqualTo(text.indexOf("90%")));
    }
}

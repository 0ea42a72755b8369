package io.policygraph.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DivisionTableTest {

    private final DivisionTable table = new DivisionTable();

    /** 广州's 任务分工表 as its web page flattens it: one cell per line, 序号 and 工作事项 merged over a 序号's rows. */
    private static final String GUANGZHOU = """
            二、主要任务
            (一)扩大签约服务供给
            1.有序扩大家庭医生来源。现阶段家庭医生包括全科医生。
            2.不断优化签约服务团队。家庭医生可以组建团队提供签约服务。
            三、组织实施
            (一)加强组织领导。各区、各部门要充分认识重要性。
            附件2
            关于推进家庭医生签约服务高质量发展工作的任务分工表
            序号
            工作事项
            主要内容
            牵头单位
            配合单位
            市卫健委内牵头处室
            市卫健委内配合处室
            1
            有序扩大家庭医生来源。
            现阶段家庭医生包括全科医生。
            各区政府
            市卫生健康委
            基层处
            医政处
            推动人才资源向基层医疗卫生机构倾斜。
            各区政府
            市卫生健康委、市人社局
            人事处
            基层处
            2
            不断优化签约服务团队。
            家庭医生可以组建团队提供签约服务。
            各区政府、市卫生健康委
            /
            基层处
            /
            紧密型医疗集团内实现统一药品供应目录。
            市医保局
            市卫生健康委
            药政处
            医政处
            3
            加强组织领导。
            各区、各部门要充分认识重要性。
            各区政府
            /
            基层处
            /
            """;

    @Test
    void rowsOfOneNumberAreUnitedPerRoleColumn() {
        List<DivisionTable.Item> items = table.read(GUANGZHOU);
        assertThat(items).extracting(DivisionTable.Item::number).containsExactly(1, 2, 3);
        DivisionTable.Item first = items.get(0);
        assertThat(first.name()).isEqualTo("有序扩大家庭医生来源");
        assertThat(first.leads()).containsExactly("各区政府");
        assertThat(first.supports()).containsExactly("市卫生健康委", "市人社局");
        // Internal divisions (市卫健委内…处室) are not role columns; "/" is an empty cell; a body that leads in one
        // row is not also a supporter.
        DivisionTable.Item second = items.get(1);
        assertThat(second.leads()).containsExactly("各区政府", "市卫生健康委", "市医保局");
        assertThat(second.supports()).isEmpty();
        assertThat(GUANGZHOU.substring(first.start(), first.end())).startsWith("1\n有序扩大").endsWith("基层处");
    }

    @Test
    void numbersAreLinkedToTheBodysItemsByNameIncludingFramingSections() {
        TaskSegmenter segmenter = new TaskSegmenter();
        List<TaskSegmenter.Segment> work = segmenter.segment(GUANGZHOU);
        assertThat(work).extracting(TaskSegmenter.Segment::number).containsExactly("二.(一)", "二.(一).1", "二.(一).2");
        Map<TaskSegmenter.Segment, DivisionTable.Item> links =
                DivisionTableLinks.link(work, segmenter.framingItems(GUANGZHOU), table.read(GUANGZHOU));
        assertThat(links.keySet()).extracting(TaskSegmenter.Segment::number).containsExactly("二.(一).1", "二.(一).2", "三.(一)");
        assertThat(links.values()).extracting(DivisionTable.Item::number).containsExactly(1, 2, 3);
    }

    @Test
    void aTableWithoutMergedCellsAndWithAResponsibleColumn() {
        String text = """
                序号
                重点任务
                责任单位
                完成时限
                1
                开展营商环境评价
                市发改委
                2023年12月底
                2
                推进工程建设项目审批制度改革
                市住建局、市自然资源局
                2023年9月底
                """;
        List<DivisionTable.Item> items = table.read(text);
        assertThat(items).extracting(DivisionTable.Item::name).containsExactly("开展营商环境评价", "推进工程建设项目审批制度改革");
        assertThat(items.get(1).responsible()).containsExactly("市住建局", "市自然资源局");
    }

    @Test
    void proseThatMentionsASerialNumberIsNoTable() {
        assertThat(table.read("序号\n按照序号排列的清单请见附件,由市发改委负责。\n1\n")).isEmpty();
    }

    @Test
    void aTableCopiedWithTabsHasItsRowsOnLinesAndItsCellsBetweenTabs() {
        // 分解表 pasted from a spreadsheet (淄博-style columns) and a 分工表 with a 配合单位 column.
        String text = "序号\t重点任务\t牵头单位\t责任单位\t完成时限\n"
                + "1\t加快5G基站建设\t市工业和信息化局\t市通信发展办公室、各区县政府\t2023年12月底前\n"
                + "2\t推进工业互联网平台建设\t市工业和信息化局\t市大数据局\t2023年三季度\n";
        List<DivisionTable.Item> items = table.read(text);
        assertThat(items).extracting(DivisionTable.Item::name).containsExactly("加快5G基站建设", "推进工业互联网平台建设");
        assertThat(items.get(0).leads()).containsExactly("市工业和信息化局");
        assertThat(items.get(0).responsible()).containsExactly("市通信发展办公室", "各区县政府");
        assertThat(text.substring(items.get(1).start(), items.get(1).end())).startsWith("2\t推进").endsWith("三季度");

        String second = "序号\t工作事项\t牵头单位\t配合单位\n1\t优化纳税服务\t县税务局\t县财政局、县人社局\n";
        assertThat(table.read(second)).singleElement().satisfies(i -> {
            assertThat(i.leads()).containsExactly("县税务局");
            assertThat(i.supports()).containsExactly("县财政局", "县人社局");
        });
    }
}

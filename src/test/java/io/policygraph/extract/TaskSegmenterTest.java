package io.policygraph.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TaskSegmenterTest {

    private final TaskSegmenter segmenter = new TaskSegmenter();

    private static List<String> numbers(List<TaskSegmenter.Segment> segments) {
        return segments.stream().map(TaskSegmenter.Segment::number).toList();
    }

    @Test
    void workSectionsGiveTasksFramingSectionsDoNot() {
        String text = """
                一、指导思想
                以习近平新时代中国特色社会主义思想为指导。
                二、重点任务
                (一)加快项目建设。全力做好要素保障。
                牵头单位:市发改委
                (二)强化要素保障。做好用地保障。
                1.保障用地。优先保障重点项目用地。
                2.保障资金。积极争取专项债券。
                三、保障措施
                (一)加强组织领导。各部门要高度重视。
                """;
        List<TaskSegmenter.Segment> tasks = segmenter.segment(text);
        assertThat(numbers(tasks)).containsExactly("二.(一)", "二.(二)", "二.(二).1", "二.(二).2");
        assertThat(tasks.get(0).title()).isEqualTo("加快项目建设");
        assertThat(tasks.get(3).title()).isEqualTo("保障资金");
        TaskSegmenter.Segment first = tasks.get(0);
        assertThat(text.substring(first.start(), first.end())).startsWith("(一)加快项目建设").endsWith("牵头单位:市发改委");
    }

    @Test
    void goalParagraphsCountOnlyWhereTheyAssignActors() {
        String text = """
                一、主要目标
                规模总量取得突破。全市投资完成350亿元以上。(牵头单位:市发改委)
                结构持续优化。新兴产业占比提高。
                二、工作目标
                全年完成投资100亿元。
                """;
        List<TaskSegmenter.Segment> tasks = segmenter.segment(text);
        assertThat(numbers(tasks)).containsExactly("一.1");
        assertThat(tasks.get(0).title()).isEqualTo("规模总量取得突破");
    }

    @Test
    void articlesCircledAndParenthesisedArabicNumbers() {
        String text = """
                第一条 加快城市更新。
                ①推进老旧小区改造。
                ②完善市政管网。
                第二条 强化产业支撑。
                (1)培育龙头企业。
                (2)壮大产业集群。
                """;
        assertThat(numbers(segmenter.segment(text)))
                .containsExactly("第一条", "第一条.①", "第一条.②", "第二条", "第二条.(1)", "第二条.(2)");
    }

    @Test
    void topHeadingsThatNameWorkAreTasks() {
        String text = """
                一、实施项目谋划行动
                围绕产业链谋划项目。(牵头单位:市发改委)
                二、实施招商引资行动
                开展精准招商。
                """;
        List<TaskSegmenter.Segment> tasks = segmenter.segment(text);
        assertThat(numbers(tasks)).containsExactly("一", "二");
        assertThat(tasks.get(0).title()).isEqualTo("实施项目谋划行动");
    }

    @Test
    void numberingOutOfSequenceDoesNotOpenAnItem() {
        String text = """
                二、重点工作
                (一)推进项目建设。落实本方案第(三)项要求。
                (二)加强调度。
                """;
        assertThat(numbers(segmenter.segment(text))).containsExactly("二.(一)", "二.(二)");
    }

    @Test
    void itemsRunningInOneLineAfterASectionTitle() {
        String text = "二、重点工作(一)加快项目建设进度。推进项目尽快落地。(二)开展入统行动。应统尽统。三、有关要求(一)建立清单机制。";
        List<TaskSegmenter.Segment> tasks = segmenter.segment(text);
        assertThat(numbers(tasks)).containsExactly("二.(一)", "二.(二)", "三.(一)");
        assertThat(tasks.get(1).title()).isEqualTo("开展入统行动");
    }

    @Test
    void headingBrokenAcrossLinesIsJoined() {
        String text = "二、重点任务\n(一)持续推进全省重点投资项目年度投资完成率及新开工\n\n项目开工率达到100%以上。44个项目全部推进。\n";
        assertThat(segmenter.segment(text).get(0).title())
                .isEqualTo("持续推进全省重点投资项目年度投资完成率及新开工项目开工率达到100%以上");
    }

    @Test
    void newsDemandsNumberedInProse() {
        String text = "他指出,一要抓认识。要充分认识意义。二要抓谋划。要精心谋划项目。三要抓落实。要压实责任。\n";
        List<TaskSegmenter.Segment> tasks = segmenter.segment(text);
        assertThat(numbers(tasks)).containsExactly("p1", "p2", "p3");
        assertThat(tasks.stream().map(TaskSegmenter.Segment::title)).containsExactly("抓认识", "抓谋划", "抓落实");
    }

    @Test
    void newsDemandsWrittenAsOneIsTwoIs() {
        String text = "会议强调,一是要加快项目建设进度。各县区要倒排工期。二是要强化要素保障。做好用地审批。\n";
        assertThat(segmenter.segment(text)).extracting(TaskSegmenter.Segment::title).containsExactly("加快项目建设进度", "强化要素保障");
    }

    @Test
    void newsParagraphsPerAspectWithTheirSubHeadings() {
        String text = """
                谋划储备攻坚行动方面,系统谋划,按照集成理念进行谋划。分级谋划,各县(市、区)抓好谋划储备。
                招商引资攻坚行动方面,强力推动,主要领导亲自外出招商。
                此外,《方案》还要求建立领导包保机制,强化组织领导。
                """;
        List<TaskSegmenter.Segment> tasks = segmenter.segment(text);
        assertThat(numbers(tasks)).containsExactly("p1", "p1.1", "p1.2", "p2", "p2.1", "p3");
        assertThat(tasks.stream().map(TaskSegmenter.Segment::title))
                .containsExactly("谋划储备攻坚行动", "系统谋划", "分级谋划", "招商引资攻坚行动", "强力推动", "建立领导包保机制");
    }

    @Test
    void footerIsNotPartOfTheLastTask() {
        String text = "一、重点任务\n(一)加强宣传。营造氛围。\n附件:1.项目清单\n2.调度表\n";
        List<TaskSegmenter.Segment> tasks = segmenter.segment(text);
        assertThat(numbers(tasks)).containsExactly("一.(一)");
        assertThat(text.substring(tasks.get(0).start(), tasks.get(0).end())).isEqualTo("(一)加强宣传。营造氛围。");
    }
}

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
    void aTopLevelItemWithSeveralFieldLinesIsOneTask() {
        // 民生实事 lists: each 一、 item is the work, its 牵头/配合/完成时限 lines are its fields.
        String text = """
                一、新建改扩建公办幼儿园10所。
                责任单位:市教育局
                完成时限:2023年8月底
                二、建设全民健身中心。
                牵头单位:市体育局
                配合单位:市财政局
                完成时限:2023年12月底
                """;
        List<TaskSegmenter.Segment> segments = segmenter.segment(text);
        assertThat(numbers(segments)).containsExactly("一", "二");
        assertThat(text.substring(segments.get(1).start(), segments.get(1).end())).contains("配合单位:市财政局");
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

    // ---------------------------------------------------------------- real plans of other provinces (normalised lines)

    private static String span(String text, TaskSegmenter.Segment s) {
        return text.substring(s.start(), s.end());
    }

    @Test
    void itemNumbersRunOnAcrossGroupsAndGroupHeadingsKeepOnlyTheirOwnWords() {
        String national = """
                四、主要任务
                (一)统筹两个市场,打造加工制造中心。
                1.拓展两个市场。积极稳妥地推广增值税一般纳税人资格试点。(税务总局、财政部、海关总署负责)
                2.提前适用政策。可按现行规定享受综合保税区税收政策。(海关总署、财政部、税务总局负责)
                (二)推动创新创业,打造研发设计中心。
                3.促进研发创新。免于提交许可证件。(海关总署、商务部等有关部门负责)
                五、有关要求
                各地区各有关部门要充分认识重要意义,切实强化组织领导。
                """;
        List<TaskSegmenter.Segment> tasks = segmenter.segment(national);
        assertThat(numbers(tasks)).containsExactly("四.(一)", "四.(一).1", "四.(一).2", "四.(二)", "四.(二).3");
        TaskSegmenter.Segment group = tasks.get(0);
        assertThat(national.substring(group.start(), group.ownEnd())).isEqualTo("(一)统筹两个市场,打造加工制造中心。");
        assertThat(span(national, tasks.get(4))).isEqualTo("3.促进研发创新。免于提交许可证件。(海关总署、商务部等有关部门负责)");

        // 安徽: "﹒" (a small full stop the normaliser leaves alone) and running numbers across 行动 groups.
        String provincial = """
                二、行动步骤
                (一)网络体系强基行动。
                1﹒推进工业互联网外网建设。支持基础电信企业加强宽带网络基础设施建设。(责任单位:省通信管理局)
                2﹒推进企业内网改造升级。支持工业企业改造建设企业内网。(责任单位:省经济和信息化厅)
                (二)基础支撑增强行动。
                3﹒加快标识解析体系建设。实现标识注册总量突破5亿。(责任单位:省通信管理局)
                """;
        tasks = segmenter.segment(provincial);
        assertThat(numbers(tasks)).containsExactly("二.(一)", "二.(一).1", "二.(一).2", "二.(二)", "二.(二).3");
        assertThat(tasks.get(4).title()).isEqualTo("加快标识解析体系建设");
        assertThat(span(provincial, tasks.get(4))).startsWith("3﹒加快").endsWith("(责任单位:省通信管理局)");
    }

    @Test
    void sectionHeadingsAboveNumberedItemsAreNotTasks() {
        String nanjing = """
                一、关于毫不松懈做好常态化疫情防控
                1.持续压实“四方责任”,筑牢坚实防线。坚持共防。(市卫健委主办,市相关部门协办)
                二、关于加快打造高质量发展区域增长极
                2.地区生产总值增长7%,固定资产投资增长8%。(市发改委主办)
                """;
        List<TaskSegmenter.Segment> tasks = segmenter.segment(nanjing);
        assertThat(numbers(tasks)).containsExactly("一.1", "二.2");
        assertThat(span(nanjing, tasks.get(1))).isEqualTo("2.地区生产总值增长7%,固定资产投资增长8%。(市发改委主办)");

        String lishan = """
                一、经济社会发展的主要预期目标
                1.努力实现地区生产总值增长6.2%左右。
                牵头单位:区发改局
                2.规模上工业增加值增长5%左右。
                牵头单位:区工信局
                """;
        tasks = segmenter.segment(lishan);
        assertThat(numbers(tasks)).containsExactly("一.1", "一.2");
        assertThat(span(lishan, tasks.get(0))).isEqualTo("1.努力实现地区生产总值增长6.2%左右。\n牵头单位:区发改局");
    }

    @Test
    void oneLineCrawledCopiesAreCutAtTheirInlineNumbers() {
        String pingtanCredit = "一、加强信用标准体系建设 (一)加强信用相关制度建设。 1.根据省政府相关要求,实施信用信息采集、整理、加工、保存、使用制度。"
                + "推进行业、部门信用制度建设。(责任单位:区经济发展局、人民银行平潭支行) 2.建立信用信息分类管理制度。制定信用信息目录。"
                + "(责任单位:区经济发展局) (二)建立健全信用标准体系。 3.加快信用信息标准体系建设。统一信用信息采集和分类管理标准。"
                + "(责任单位:区市场监督管理局) ".repeat(1) + "这是一份网页抓取的单行文本,".repeat(60);
        List<TaskSegmenter.Segment> tasks = segmenter.segment(pingtanCredit);
        assertThat(numbers(tasks)).containsExactly("一.(一)", "一.(一).1", "一.(一).2", "一.(二)", "一.(二).3");
        assertThat(span(pingtanCredit, tasks.get(2))).isEqualTo("2.建立信用信息分类管理制度。制定信用信息目录。(责任单位:区经济发展局)");
        assertThat(tasks.get(1).title()).isEqualTo("实施信用信息采集、整理、加工、保存、使用制度");

        // 平潭 water plan: the item number glued to its group heading, no space at all.
        String pingtanWater = "三、主要任务(一)全面控制污染物排放1.狠抓重点排污行业整治取缔“十小”企业。全面排查小型工业企业。"
                + "(区经济发展局牵头,区环境与国土资源局等参与)2.强化城镇生活污染治理加快城镇污水处理设施建设。(区交通与建设局牵头)"
                + "(二)推动经济结构转型升级1.调整产业结构依法淘汰落后产能。(区经济发展局牵头)" + "单行文本的其余部分。".repeat(100);
        tasks = segmenter.segment(pingtanWater);
        assertThat(numbers(tasks)).containsExactly("三.(一)", "三.(一).1", "三.(一).2", "三.(二)", "三.(二).1");
        assertThat(span(pingtanWater, tasks.get(2))).isEqualTo("2.强化城镇生活污染治理加快城镇污水处理设施建设。(区交通与建设局牵头)");
    }

    @Test
    void aSecondPlanInTheSameNoticeRestartsItsNumbering() {
        String text = """
                支持工业互联网发展若干政策
                一、支持工业互联网平台建设
                培育各类工业互联网平台。重点培育一批平台。(责任单位:省经济和信息化厅、省财政厅)
                推动企业上云上平台。建立服务商资源池。(责任单位:省经济和信息化厅、省财政厅)
                二、支持工业互联网人才培养
                组织打造服务专员队伍。(责任单位:省经济和信息化厅、省教育厅)
                安徽省工业互联网创新发展行动计划(2021-2023年)
                一、总体要求
                (一)指导思想
                以习近平新时代中国特色社会主义思想为指导。
                二、行动步骤
                (一)网络体系强基行动。
                1.推进工业互联网外网建设。支持基础电信企业。(责任单位:省通信管理局)
                """;
        List<TaskSegmenter.Segment> tasks = segmenter.segment(text);
        assertThat(numbers(tasks)).containsExactly("一.1", "一.2", "二", "二.(一)", "二.(一).1");
        assertThat(tasks.get(0).title()).isEqualTo("培育各类工业互联网平台");
        assertThat(span(text, tasks.get(0))).isEqualTo("培育各类工业互联网平台。重点培育一批平台。(责任单位:省经济和信息化厅、省财政厅)");
        assertThat(tasks.get(2).title()).isEqualTo("支持工业互联网人才培养");
        assertThat(tasks.get(4).title()).isEqualTo("推进工业互联网外网建设");
    }

    @Test
    void aNoticeWhosePlanIsItsAttachment() {
        String text = """
                各区人民政府,市府各委办局:
                现将《实施方案》印发给你们,请认真贯彻执行。
                附件
                实施方案
                一、重点任务
                (一)加快项目建设。(牵头单位:市发改委)
                (二)强化要素保障。(牵头单位:市自然资源局)
                """;
        List<TaskSegmenter.Segment> tasks = segmenter.segment(text);
        assertThat(numbers(tasks)).containsExactly("一.(一)", "一.(二)");
        assertThat(span(text, tasks.get(1))).isEqualTo("(二)强化要素保障。(牵头单位:市自然资源局)");
    }

    @Test
    void framingItemsThatNameWhoDoesThemAreTasks() {
        String poverty = """
                六、保障措施
                (十四)加强组织领导。各部门要加强统筹协调。(发展改革委、扶贫办、财政部等和各省级人民政府负责)
                (十五)完善利益机制。提高贫困人口的参与度。(农业农村部、文化和旅游部等和各有关省级人民政府负责)
                (十六)营造良好氛围。加大宣传力度。
                """;
        List<TaskSegmenter.Segment> tasks = segmenter.segment(poverty);
        assertThat(numbers(tasks)).containsExactly("六.(十四)", "六.(十五)");
        assertThat(span(poverty, tasks.get(1))).isEqualTo("(十五)完善利益机制。提高贫困人口的参与度。(农业农村部、文化和旅游部等和各有关省级人民政府负责)");

        String water = "三、主要任务\n(一)全面控制污染物排放。取缔“十小”企业。(区经济发展局牵头)\n四、保障措施\n"
                + "(一)加强组织领导。区管委会加强领导。\n(二)落实排污单位主体责任。各类排污单位要严格执行环保法律法规。"
                + "(区环境与国土资源局牵头,国资部门参与)\n";
        tasks = segmenter.segment(water);
        assertThat(numbers(tasks)).containsExactly("三.(一)", "四.(二)");
        assertThat(tasks.get(1).title()).isEqualTo("落实排污单位主体责任");
    }

    @Test
    void aNumberTheCopyLostDoesNotStopTheSequence() {
        // 平潭 宜居环境 plan: its 三 goes (一)(二)(三)(六)(七): (四)(五) are missing from the published copy.
        String text = "三、主要内容及职责分工\n(一)建设美丽乡村。实施项目。\n(二)打造城市完整社区。实施项目。\n(三)整治提升城镇“三边三节点”。\n"
                + "(六)市政提升五千工程。完成管网。\n(七)推进绿道网建设。实施项目。\n四、保障措施\n(一)加强组织领导。\n";
        List<TaskSegmenter.Segment> tasks = segmenter.segment(text);
        assertThat(numbers(tasks)).containsExactly("三.(一)", "三.(二)", "三.(三)", "三.(六)", "三.(七)");
        assertThat(span(text, tasks.get(3))).isEqualTo("(六)市政提升五千工程。完成管网。");
        // A stray later number with nothing after it stays text.
        assertThat(numbers(segmenter.segment("二、重点任务\n(一)推进项目。\n(二)按本方案(四)执行。\n")))
                .containsExactly("二.(一)", "二.(二)");
    }

    @Test
    void aLongRunOnFirstSentenceIsNamedByTheClauseThatStatesTheWork() {
        String credit = "四、深入推进商务诚信建设\n(十八)加强政府采购信用管理。\n28.加强政府采购信用管理,强化联动惩戒,保护政府采购当事人的合法权益。(责任单位:区财政金融局)\n"
                + "29.依托区招标采购系统,做好招标项目信息发布和市场主体信用信息记录征集共享工作,实现全覆盖。(责任单位:区行政审批局)\n";
        List<TaskSegmenter.Segment> tasks = segmenter.segment(credit);
        assertThat(tasks).extracting(TaskSegmenter.Segment::title)
                .containsExactly("加强政府采购信用管理", "加强政府采购信用管理", "做好招标项目信息发布和市场主体信用信息记录征集共享工作");

        String tourism = "一、重点工作\n1.推进旅游项目建设。加快项目落地。\n2.依据旅游发展规划,建立项目库,推动文化、体育和旅游的融合,实行精准招商。\n";
        tasks = segmenter.segment(tourism);
        assertThat(tasks.get(1).title()).isEqualTo("建立项目库");
        // Short headings stay whole.
        assertThat(tasks.get(0).title()).isEqualTo("推进旅游项目建设");
    }
}

package io.policygraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectExtractorTest {

    private final ProjectExtractor extractor = new ProjectExtractor();

    @Test
    void enumerationWithCountAndStatus() {
        ProjectExtractor.Found found = extractor.extract("加快推进本部12号焦炉优化升级、嘉峪关机场改扩建等2个续建项目,按月细化任务。");
        assertThat(found.projects()).extracting(Project::name).containsExactly("本部12号焦炉优化升级", "嘉峪关机场改扩建");
        assertThat(found.projects()).extracting(Project::status).containsOnly(ProjectStatus.CONTINUING);
        assertThat(found.mentions().get(1).start()).isEqualTo("加快推进本部12号焦炉优化升级、".length());
    }

    @Test
    void investmentFloorAppliesToEveryNamedProject() {
        ProjectExtractor.Found found = extractor.extract("加快推进总投资50亿元以上的晋钢低碳氢冶金、沁水抽水蓄能等重点产业项目建设;"
                + "重点抓好沁水抽水蓄能、南村智慧物流园等重大项目前期手续办理。");
        assertThat(found.projects()).extracting(Project::name).containsExactly("晋钢低碳氢冶金", "沁水抽水蓄能", "南村智慧物流园");
        Project pumped = found.projects().get(1);
        assertThat(pumped.investment().value()).isEqualTo(50.0);
        assertThat(pumped.investment().comparator()).isEqualTo(Comparator.AT_LEAST);
        assertThat(pumped.investment().yuan()).isEqualTo(5e9);
        assertThat(pumped.status()).isEqualTo(ProjectStatus.PLANNED);
        assertThat(found.projects().get(0).status()).isNull();
    }

    @Test
    void quotedGroupNameClosesTheList() {
        ProjectExtractor.Found found = extractor.extract("加快推进百里沁河生态经济带、环城水系清水复流“两大牵引性”工程建设。");
        assertThat(found.projects()).extracting(Project::name).containsExactly("百里沁河生态经济带", "环城水系清水复流");
    }

    @Test
    void newProjectsAndNoProjectsInOrdinaryLists() {
        assertThat(extractor.extract("推动炼铁工艺装备升级改造、甘肃嘉唐氧化铝生产等2个新建项目尽快开工").projects())
                .extracting(Project::status).containsOnly(ProjectStatus.NEW);
        assertThat(extractor.extract("推进部门共享信息、项目滚动实施,提升管理水平。").projects()).isEmpty();
        assertThat(extractor.extract("积极谋划装备制造、新能源、碳基新材料等产业项目。").projects()).isEmpty();
    }

    private java.util.List<String> names(String text) {
        return extractor.extract(text).projects().stream().map(Project::name).toList();
    }

    @Test
    void programmesOfBoxesAreProjects() {
        String anhui = "5.建设工业互联网平台。推动平台建设。\n专栏4  工业互联网平台培育工程\n到2023年,培育100家平台。\n";
        assertThat(names(anhui)).containsExactly("工业互联网平台培育工程");
        String other = "(三)推进数字乡村。\n专栏 2 “数商兴农”行动工程\n实施农产品网络品牌培育。\n";
        assertThat(names(other)).containsExactly("“数商兴农”行动工程");
    }

    @Test
    void namedFacilitiesTheTextOrdersBuiltSoughtOrRun() {
        assertThat(names("大力支持合肥建设国家级互联网骨干直联点,争取国家新型互联网交换中心、国际互联网数据专用通道在皖布局。"))
                .containsExactly("国家级互联网骨干直联点", "国家新型互联网交换中心", "国际互联网数据专用通道");
        assertThat(names("推进宝武马钢的长三角大数据中心和中国电信(安徽)大数据产业园建设。"))
                .containsExactly("长三角大数据中心", "中国电信(安徽)大数据产业园");
        assertThat(names("建设广州市家庭医生指标监测及考核系统,推动信息互通。"))
                .containsExactly("广州市家庭医生指标监测及考核系统");
        assertThat(names("到2025年,为各区至少培育1家广州市家庭医生培训示范基地。"))
                .containsExactly("广州市家庭医生培训示范基地");
    }

    @Test
    void foundedBodiesAndProgrammesPutIntoEffectNeedNoPlaceName() {
        assertThat(names("医联体牵头医院牵头,成立双向转诊管理中心,统筹上下转诊。")).containsExactly("双向转诊管理中心");
        assertThat(names("实施基层中医药服务能力提升工程,100%的社区卫生服务中心完成中医馆设置。"))
                .containsExactly("基层中医药服务能力提升工程");
        assertThat(names("实施“千人百家”淬炼提升工程,利用3-5年时间培训家庭医生。")).containsExactly("“千人百家”淬炼提升工程");
    }

    @Test
    void kindsOfThingsAreNotNamedProjects() {
        assertThat(names("重点培育一批跨行业跨领域综合型工业互联网平台,支持建设一批企业级工业互联网平台。")).isEmpty();
        assertThat(names("加快建设社区卫生服务中心和乡镇卫生院。")).isEmpty();
        assertThat(names("推动综合保税区发展成为具有全球影响力和竞争力的加工制造中心。")).isEmpty();
        assertThat(names("建设要与全区公共信用信息系统互联互通。")).doesNotContain("要与全区公共信用信息系统");
    }

    @Test
    void aBoxServesTheItemsSinceThePreviousBox() {
        String text = "1.第一项。\n2.第二项。\n专栏1 网络互联互通工程\n3.第三项。\n专栏2 标识解析体系增强工程\n";
        int third = text.indexOf("3.");
        // the first box lies in item 2's stretch, the second in item 3's
        java.util.List<TaskSegmenter.Segment> segments = java.util.List.of(
                new TaskSegmenter.Segment("二.(一).1", "第一项", 0, text.indexOf("2.")),
                new TaskSegmenter.Segment("二.(一).2", "第二项", text.indexOf("2."), third),
                new TaskSegmenter.Segment("二.(一).3", "第三项", third, text.length()));
        var boxes = ProjectExtractor.boxesServing(extractor.extract(text).mentions(), segments);
        assertThat(boxes.get(segments.get(0))).containsExactly("网络互联互通工程");
        assertThat(boxes.get(segments.get(1))).containsExactly("网络互联互通工程");
        assertThat(boxes.get(segments.get(2))).containsExactly("标识解析体系增强工程");
    }
}

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
}

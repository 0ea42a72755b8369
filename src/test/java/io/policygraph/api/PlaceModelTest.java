package io.policygraph.api;

import io.policygraph.SeededServiceTest;
import io.policygraph.ingest.IngestService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Places in the model, on the real service and embedded Neo4j: a district's plan is the district's, which lies in
 * its city; a city's name finds the district's documents, tasks and departments too; national and provincial plans
 * have their level and no city. A store of its own (no seeds), so the other tests' counts are untouched.
 */
@TestPropertySource(properties = "policygraph.ingest-on-start=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlaceModelTest extends SeededServiceTest {

    private static final String DISTRICT_PLAN = """
            立山区政府2023年重点工作任务分解和责任分工方案
            一、经济社会发展的主要预期目标
            1.地区生产总值增长6%左右。
            牵头单位:区发改局
            责任单位:区工信局、税务局
            2.固定资产投资增长10%。
            牵头单位:区发改局
            责任单位:区财政局
            """;
    private static final String CITY_PLAN = """
            鞍山市2023年优化营商环境工作方案
            一、重点任务
            1.推进政务服务标准化。
            牵头单位:市营商局
            责任单位:市发改委
            """;
    private static final String PROVINCE_PLAN = """
            安徽省工业互联网创新发展行动计划(2021—2023年)
            一、行动步骤
            1.建设工业互联网平台。(责任单位:省经济和信息化厅、省财政厅)
            """;

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    IngestService ingest;

    @BeforeAll
    void ingestPlans() {
        for (var plan : Map.of("lishan.txt", DISTRICT_PLAN, "anshan.txt", CITY_PLAN, "anhui.txt", PROVINCE_PLAN).entrySet()) {
            var result = ingest.ingest(plan.getKey(), plan.getValue().getBytes(StandardCharsets.UTF_8));
            assertThat(result.status().toString()).as(plan.getKey()).isNotEqualTo("FAILED");
        }
    }

    @Test
    void aDistrictsPlanIsTheDistrictsWhichLiesInItsCity() {
        graphQl.document("""
                        { documents(filter: {cities: ["鞍山市立山区"]}) { edges { node { fileName level province
                            city { name level province parent { name level } } } } } }""")
                .execute()
                .path("documents.edges[*].node.fileName").entityList(String.class).containsExactly("lishan.txt")
                .path("documents.edges[0].node.level").entity(String.class).isEqualTo("COUNTY")
                .path("documents.edges[0].node.province").entity(String.class).isEqualTo("辽宁省")
                .path("documents.edges[0].node.city.name").entity(String.class).isEqualTo("鞍山市立山区")
                .path("documents.edges[0].node.city.level").entity(String.class).isEqualTo("COUNTY")
                .path("documents.edges[0].node.city.parent.name").entity(String.class).isEqualTo("鞍山市")
                .path("documents.edges[0].node.city.parent.level").entity(String.class).isEqualTo("CITY");
    }

    @Test
    void aCitysNameFindsItsDistrictsDocumentsTasksAndDepartments() {
        var result = graphQl.document("""
                        { documents(filter: {cities: ["鞍山市"]}) { edges { node { fileName } } }
                          tasks(filter: {cities: ["鞍山市"]}) { totalCount }
                          departments(filter: {cities: ["鞍山市"]}, first: 100) { edges { node { name city { name } } } } }""")
                .execute();
        assertThat(result.path("documents.edges[*].node.fileName").entityList(String.class).get())
                .containsExactlyInAnyOrder("lishan.txt", "anshan.txt");
        result.path("tasks.totalCount").entity(Integer.class).isEqualTo(3)
                .path("departments.edges[*].node.name").entityList(String.class)
                .contains("鞍山市立山区发展和改革局", "国家税务总局鞍山市立山区税务局", "鞍山市发展和改革委员会");
        // The district's name alone does not find the city's own plan.
        graphQl.document("{ tasks(filter: {cities: [\"鞍山市立山区\"]}) { totalCount } }").execute()
                .path("tasks.totalCount").entity(Integer.class).isEqualTo(2);
    }

    @Test
    void placesShowTheirLevelAndParent() {
        List<Map> cities = graphQl.document("{ cities { name level parent { name } } }").execute()
                .path("cities").entityList(Map.class).get();
        assertThat(cities).extracting(c -> c.get("name") + ":" + c.get("level"))
                .containsExactlyInAnyOrder("鞍山市:CITY", "鞍山市立山区:COUNTY");
    }

    @Test
    void aProvincialPlanHasItsLevelAndProvinceAndNoCity() {
        var result = graphQl.document("""
                        { documents(first: 100) { edges { node { fileName level province city { name }
                            departments { name } } } } }""")
                .execute();
        result.path("documents.edges[?(@.node.fileName == 'anhui.txt')].node.level").entityList(String.class).containsExactly("PROVINCE")
                .path("documents.edges[?(@.node.fileName == 'anhui.txt')].node.province").entityList(String.class).containsExactly("安徽省")
                .path("documents.edges[?(@.node.fileName == 'anhui.txt')].node.city").entityList(Object.class)
                .containsExactly((Object) null);
        assertThat(result.path("documents.edges[?(@.node.fileName == 'anhui.txt')].node.departments[*].name")
                .entityList(String.class).get()).containsExactlyInAnyOrder("安徽省经济和信息化厅", "安徽省财政厅");
    }
}

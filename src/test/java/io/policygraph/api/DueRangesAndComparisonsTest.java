package io.policygraph.api;

import io.policygraph.SeededServiceTest;
import io.policygraph.ingest.IngestService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Deadline ranges, status as of a day and comparable targets, over GraphQL on a real embedded Neo4j
 * holding the five seed plans and three dev plans (copied to src/test/resources/dev): 南京 h22 and
 * 鞍山 h24 state 固定资产投资 growth, 广州 B01 is a 2023 plan with year deadlines. A context of its
 * own, so the extra plans change no other test's counts.
 */
@TestPropertySource(properties = "policygraph.test.store=ranges")
class DueRangesAndComparisonsTest extends SeededServiceTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    IngestService ingest;

    @BeforeEach
    void ingestDevPlans() {
        // Unchanged files are left as they are, so this writes once per store.
        for (var name : List.of("h22.txt", "h24.txt", "B01.txt")) {
            var result = ingest.ingestFile(Path.of("src/test/resources/dev", name));
            assertThat(result.status().name()).isNotEqualTo("FAILED");
        }
    }

    private List<String> taskNumbers(String filter) {
        return graphQl.document("{ tasks(first: 100, filter: " + filter + ") { totalCount edges { node { number } } } }")
                .execute().path("tasks.edges[*].node.number").entityList(String.class).get();
    }

    /**
     * 嘉峪关市推动项目落地“大提速”工作方案 (seed 004, issued 2023-05-12), read by hand: 二.(一)–(五) and
     * 二.(八) state "12月底完成", 二.(六) and 二.(七) "持续推进", 二.(九) "适时推进". So on 2023-07-01 nothing
     * is past its deadline, six tasks are due later (December) and three have no end; on 2024-01-01
     * the same six are past.
     */
    @Test
    void overdueAsOfJulyFirstFor2023PlanMatchesReading() {
        assertThat(taskNumbers("{cities: [\"嘉峪关市\"], pastDeadline: {asOf: \"2023-07-01\"}}")).isEmpty();
        assertThat(taskNumbers("{cities: [\"嘉峪关市\"], pastDeadline: {asOf: \"2024-01-01\"}}"))
                .containsExactlyInAnyOrder("二.(一)", "二.(二)", "二.(三)", "二.(四)", "二.(五)", "二.(八)");

        var statuses = graphQl.document("""
                        { tasks(first: 100, filter: {cities: ["嘉峪关市"]}) { edges { node { number status(asOf: "2023-07-01") } } } }""")
                .execute().path("tasks.edges[*].node").entityList(Map.class).get();
        var byStatus = statuses.stream().collect(Collectors.groupingBy(t -> (String) t.get("status"),
                Collectors.mapping(t -> (String) t.get("number"), Collectors.toSet())));
        assertThat(byStatus).isEqualTo(Map.of(
                "DUE_LATER", Set.of("二.(一)", "二.(二)", "二.(三)", "二.(四)", "二.(五)", "二.(八)"),
                "ONGOING", Set.of("二.(六)", "二.(七)", "二.(九)")));
    }

    /**
     * 晋城市项目建设冬季行动方案 (seed 000, 2022-10-21 … 2023-01-31), read by hand: 四季度 (p4, p4.2),
     * 11月底前 (p4.1), 2022年四季度 (p4.4) and “冬季行动”期间 (p5, p5.3) are all over by 2023-07-01;
     * the 2023年 items (p1, p1.3) are inside their year.
     */
    @Test
    void overdueAsOfJulyFirstForTheWinterPlanMatchesReading() {
        assertThat(taskNumbers("{cities: [\"晋城市\"], pastDeadline: {asOf: \"2023-07-01\"}}"))
                .containsExactlyInAnyOrder("p4", "p4.1", "p4.2", "p4.4", "p5", "p5.3");
        var inWindow = graphQl.document("""
                        { tasks(first: 100, filter: {cities: ["晋城市"]}) { edges { node { number status(asOf: "2023-07-01") } } } }""")
                .execute().path("tasks.edges[*].node").entityList(Map.class).get().stream()
                .filter(t -> "DUE_IN_WINDOW".equals(t.get("status"))).map(t -> t.get("number")).toList();
        assertThat(inWindow).containsExactlyInAnyOrder("p1", "p1.3");
    }

    @Test
    @SuppressWarnings("unchecked")
    void rangesOfTheWinterPlansDeadlines() {
        var deadlines = graphQl.document("""
                        { tasks(first: 100, filter: {cities: ["晋城市"]}) { edges { node { number
                            deadline { text earliest latest precision } } } } }""")
                .execute().path("tasks.edges[*].node").entityList(Map.class).get().stream()
                .collect(Collectors.toMap(t -> (String) t.get("number"), t -> (Map<String, Object>) t.get("deadline")));
        assertThat(deadlines.get("p4.1")).containsEntry("earliest", "2022-11-01").containsEntry("latest", "2022-11-30")
                .containsEntry("precision", "MONTH");
        assertThat(deadlines.get("p4.4")).containsEntry("earliest", "2022-10-01").containsEntry("latest", "2022-12-31")
                .containsEntry("precision", "QUARTER");
        assertThat(deadlines.get("p5")).containsEntry("earliest", "2022-10-21").containsEntry("latest", "2023-01-31")
                .containsEntry("precision", "SPAN");
        assertThat(deadlines.get("p1.3")).containsEntry("earliest", "2023-01-01").containsEntry("latest", "2023-12-31")
                .containsEntry("precision", "YEAR");
        assertThat(deadlines.get("p1.1")).containsEntry("precision", null);
    }

    @Test
    void overlapsAndBySelectRangesAndDepartmentsFollow() {
        assertThat(taskNumbers("{cities: [\"晋城市\"], due: {overlaps: {from: \"2022-10-21\", to: \"2023-01-31\"}}}"))
                .containsExactlyInAnyOrder("p1", "p1.3", "p4", "p4.1", "p4.2", "p4.4", "p5", "p5.3");
        assertThat(taskNumbers("{cities: [\"晋城市\"], due: {overlaps: {from: \"2023-02-01\", to: \"2023-03-31\"}}}"))
                .containsExactlyInAnyOrder("p1", "p1.3");
        assertThat(taskNumbers("{cities: [\"晋城市\"], due: {by: \"2022-12-31\"}}"))
                .containsExactlyInAnyOrder("p4", "p4.1", "p4.2", "p4.4");
        // Open ranges are due in no window.
        assertThat(taskNumbers("{cities: [\"嘉峪关市\"], due: {overlaps: {from: \"2023-01-01\", to: \"2023-11-30\"}}}")).isEmpty();

        var leadsOfDueTasks = graphQl.document("""
                        { tasks(first: 100, filter: {due: {by: "2023-06-30"}}) { edges { node { leads { name } } } } }""")
                .execute().path("tasks.edges[*].node.leads[*].name").entityList(String.class).get();
        var departments = graphQl.document("""
                        { departments(first: 100, filter: {leadsTasksDue: {by: "2023-06-30"}}) { edges { node { name } } } }""")
                .execute().path("departments.edges[*].node.name").entityList(String.class).get();
        assertThat(departments).isNotEmpty().containsExactlyInAnyOrderElementsOf(Set.copyOf(leadsOfDueTasks));
    }

    @Test
    @SuppressWarnings("unchecked")
    void taskStatsByStatusAgreeWithEachTasksStatus() {
        var buckets = graphQl.document("{ taskStats(groupBy: [STATUS], asOf: \"2023-07-01\") { keys count } }")
                .execute().path("taskStats").entityList(Map.class).get();
        var served = new HashMap<String, Integer>();
        buckets.forEach(b -> served.put(((List<String>) b.get("keys")).get(0), (Integer) b.get("count")));

        var counted = new HashMap<String, Integer>();
        graphQl.document("{ documents(first: 100) { edges { node { tasks { status(asOf: \"2023-07-01\") } } } } }")
                .execute().path("documents.edges[*].node.tasks[*].status").entityList(String.class).get()
                .forEach(s -> counted.merge(s, 1, Integer::sum));
        assertThat(served).isEqualTo(counted).containsKeys("PAST_DEADLINE", "DUE_LATER", "DUE_IN_WINDOW", "ONGOING", "NONE");
    }

    /**
     * 固定资产投资 as a reader finds it: 晋城 "2022年四季度全市力争完成固定资产投资238.2亿元" is the only amount
     * of that metric in the seed plans; 忻州 "全市工业固定资产投资争取完成350亿元以上" is the narrower
     * 工业固定资产投资, shown only on request and under its own key.
     */
    @Test
    @SuppressWarnings("unchecked")
    void compareFixedAssetInvestmentAcrossSeedCitiesInYuan() {
        var rows = graphQl.document("""
                        { compareTargets(metric: "固定资产投资", unit: YUAN) { city { name } period metric value unit comparator
                            target { metric unit value } source { text start end document { fileName } } } }""")
                .execute().path("compareTargets").entityList(Map.class).get();
        assertThat(rows).hasSize(1);
        var jincheng = rows.get(0);
        assertThat(((Map<String, Object>) jincheng.get("city")).get("name")).isEqualTo("晋城市");
        assertThat(jincheng).containsEntry("period", "2022-Q4").containsEntry("metric", "固定资产投资")
                .containsEntry("unit", "YUAN").containsEntry("comparator", "AT_LEAST");
        assertThat(((Number) jincheng.get("value")).doubleValue()).isCloseTo(23_820_000_000.0, within(0.5));
        assertThat((String) ((Map<String, Object>) jincheng.get("source")).get("text")).contains("固定资产投资238.2亿元");

        var narrower = graphQl.document("""
                        { compareTargets(metric: "固定资产投资", unit: YUAN, includeNarrower: true) { city { name } period metric value } }""")
                .execute().path("compareTargets").entityList(Map.class).get();
        var byCity = narrower.stream().collect(Collectors.toMap(
                r -> (String) ((Map<String, Object>) r.get("city")).get("name"), r -> r));
        assertThat(byCity).containsOnlyKeys("晋城市", "忻州市");
        assertThat(byCity.get("忻州市")).containsEntry("metric", "工业固定资产投资").containsEntry("period", "2022");
        assertThat(((Number) byCity.get("忻州市").get("value")).doubleValue()).isCloseTo(35_000_000_000.0, within(0.5));
    }

    /** Growth of 固定资产投资: 嘉峪关 12% (2023), 南京 8% (2021), 鞍山 15%左右 (2023), each from its own clause. */
    @Test
    @SuppressWarnings("unchecked")
    void growthRatesCompareAsPercentWithTheirClauses() {
        var rows = graphQl.document("""
                        { compareTargets(metric: "固定资产投资增速") { city { name } period value unit comparator source { text } } }""")
                .execute().path("compareTargets").entityList(Map.class).get();
        var byCity = rows.stream().collect(Collectors.toMap(
                r -> (String) ((Map<String, Object>) r.get("city")).get("name"), r -> r));
        assertThat(byCity).containsOnlyKeys("嘉峪关市", "南京市", "鞍山市");
        assertThat(((Number) byCity.get("嘉峪关市").get("value")).doubleValue()).isEqualTo(12.0);
        assertThat(((Number) byCity.get("南京市").get("value")).doubleValue()).isEqualTo(8.0);
        assertThat(((Number) byCity.get("鞍山市").get("value")).doubleValue()).isEqualTo(15.0);
        assertThat(byCity.get("鞍山市")).containsEntry("comparator", "ABOUT").containsEntry("period", "2023");
        rows.forEach(r -> assertThat(r).containsEntry("unit", "PERCENT"));
        rows.forEach(r -> assertThat((String) ((Map<String, Object>) r.get("source")).get("text")).contains("固定资产投资增长"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void targetStatsSumOnlyTheAskedUnitAndSaySo() {
        var buckets = graphQl.document("""
                        { targetStats(groupBy: [CITY], sum: PERCENT) { keys count sum sumUnit summed notSummed } }""")
                .execute().path("targetStats").entityList(Map.class).get();
        var targets = graphQl.document("""
                        { documents(first: 100) { edges { node { city { name } targets { quantity { value unit } } } } } }""")
                .execute().path("documents.edges[*].node").entityList(Map.class).get();
        var percentSums = new HashMap<String, Double>();
        for (var doc : targets) {
            var city = doc.get("city") == null ? null : (String) ((Map<String, Object>) doc.get("city")).get("name");
            for (var t : (List<Map<String, Map<String, Object>>>) doc.get("targets")) {
                var q = t.get("quantity");
                if (q != null && "PERCENT".equals(q.get("unit"))) {
                    percentSums.merge(String.valueOf(city), ((Number) q.get("value")).doubleValue(), Double::sum);
                }
            }
        }
        assertThat(buckets).isNotEmpty();
        for (var b : buckets) {
            var city = String.valueOf(((List<String>) b.get("keys")).get(0));
            assertThat(b).containsEntry("sumUnit", "PERCENT");
            assertThat((Integer) b.get("summed") + (Integer) b.get("notSummed")).isEqualTo(b.get("count"));
            if (percentSums.containsKey(city)) {
                assertThat(((Number) b.get("sum")).doubleValue()).isCloseTo(percentSums.get(city), within(1e-6));
            } else {
                assertThat(b.get("sum")).isNull();
            }
        }
    }

    /** The README's examples of these features run as printed and answer with data. */
    @Test
    @SuppressWarnings("unchecked")
    void readmeExamplesRun() throws java.io.IOException {
        var readme = java.nio.file.Files.readString(Path.of("README.md"));
        var blocks = java.util.regex.Pattern.compile("```graphql\n(.*?)```", java.util.regex.Pattern.DOTALL).matcher(readme);
        var queries = new java.util.ArrayList<String>();
        while (blocks.find()) {
            var block = blocks.group(1);
            if (!block.matches("(?s).*(compareTargets|pastDeadline|overlaps|sumUnit|STATUS|by:).*")) {
                continue;
            }
            // One query per line that opens with "{"; continuation lines are indented.
            for (var query : block.split("\\n(?=\\{)")) {
                queries.add(query);
            }
        }
        assertThat(queries).hasSizeGreaterThanOrEqualTo(8);
        for (var query : queries) {
            var response = graphQl.document(query).execute();
            response.errors().verify();
            Map<String, Object> data = response.path("$").entity(Map.class).get();
            assertThat(data.values()).as(query).allSatisfy(v -> assertThat(String.valueOf(v))
                    .isNotEqualTo("[]").doesNotContain("totalCount=0").doesNotContain("edges=[]"));
        }
    }

    @Test
    void unknownMetricKeyIsABadRequestThatListsTheKnownOnes() {
        graphQl.document("{ compareTargets(metric: \"投资\") { value } }").execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getErrorType().toString()).isEqualTo("BAD_REQUEST");
            assertThat(errors.get(0).getMessage()).contains("投资").contains("固定资产投资");
        });
    }
}

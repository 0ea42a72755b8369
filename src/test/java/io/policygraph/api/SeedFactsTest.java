package io.policygraph.api;

import io.policygraph.SeededServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Facts a reader checks by eye in the seed plans, asked the way a user asks them. */
class SeedFactsTest extends SeededServiceTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void jiayuguanTaskTwoFourIsLedByDevelopmentAndFinanceAndDueAtYearEnd() {
        var tasks = graphQl.document("""
                        { tasks(filter: {cities: ["嘉峪关市"]}, first: 100) { edges { node {
                            number leads { name } deadline { date kind } } } } }""")
                .execute().path("tasks.edges[*].node").entityList(Map.class).get();

        var task = tasks.stream().filter(t -> "二.(四)".equals(t.get("number"))).findFirst().orElseThrow();
        assertThat(names(task.get("leads"))).containsExactlyInAnyOrder("嘉峪关市发展和改革委员会", "嘉峪关市财政局");
        assertThat(((Map<?, ?>) task.get("deadline")).get("date")).isEqualTo("2023-12-31");
    }

    @Test
    void headlineQueryFindsTheLeadersOfTasksDueInTheFourthQuarter() {
        var departments = graphQl.document("""
                        { departments(filter: {leadsTasksDue: {quarter: 4}}, first: 100) { totalCount edges { node {
                            name city { name }
                            tasks(role: LEAD, due: {quarter: 4}) { number title deadline { date quarter } document { title } } } } } }""")
                .execute().path("departments.edges[*].node").entityList(Map.class).get();

        var jiayuguanLeaders = departments.stream()
                .filter(d -> "嘉峪关市".equals(((Map<?, ?>) d.get("city")).get("name")))
                .map(d -> (String) d.get("name")).toList();
        assertThat(jiayuguanLeaders).contains("嘉峪关市发展和改革委员会", "嘉峪关市财政局");
        for (var department : departments) {
            var tasks = (List<Map<String, Map<String, Object>>>) department.get("tasks");
            assertThat(tasks).as("every listed department leads a Q4 task").isNotEmpty();
            tasks.forEach(t -> assertThat(t.get("deadline").get("quarter")).isEqualTo(4));
        }
    }

    @Test
    void everyDocumentOfTheCorpusIsServedWithItsCity() {
        var docs = graphQl.document("{ documents(first: 100) { totalCount edges { node { fileName city { name } } } } }")
                .execute();
        docs.path("documents.totalCount").entity(Integer.class).isEqualTo(5);
        var cities = docs.path("documents.edges[*].node.city.name").entityList(String.class).get();
        assertThat(cities).contains("晋城市", "忻州市", "临汾市", "嘉峪关市");
    }

    @Test
    void everySourceSpanIsTheTextItPointsAt() {
        var docs = graphQl.document("""
                        { documents(first: 100) { edges { node { text
                            tasks { source { start end text } } targets { source { start end text } } } } } }""")
                .execute().path("documents.edges[*].node").entityList(Map.class).get();
        int spans = 0;
        for (var doc : docs) {
            var text = (String) doc.get("text");
            for (var key : List.of("tasks", "targets")) {
                for (var item : (List<Map<String, Map<String, Object>>>) doc.get(key)) {
                    var source = item.get("source");
                    assertThat(text.substring((Integer) source.get("start"), (Integer) source.get("end")))
                            .isEqualTo(source.get("text"));
                    spans++;
                }
            }
        }
        assertThat(spans).isGreaterThan(50);
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(Object departments) {
        return ((List<Map<String, String>>) departments).stream().map(d -> d.get("name")).toList();
    }
}

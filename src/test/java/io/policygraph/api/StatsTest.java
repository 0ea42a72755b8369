package io.policygraph.api;

import io.policygraph.SeededServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StatsTest extends SeededServiceTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    @SuppressWarnings("unchecked")
    void taskStatsByCityAndQuarterEqualWhatCountingTasksGives() {
        var buckets = graphQl.document("{ taskStats(groupBy: [CITY, DUE_QUARTER]) { keys count } }").execute()
                .path("taskStats").entityList(Map.class).get();

        var counted = new HashMap<List<String>, Integer>();
        var tasks = graphQl.document("""
                        { documents(first: 100) { edges { node { city { name } tasks { deadline { quarter } } } } } }""")
                .execute().path("documents.edges[*].node").entityList(Map.class).get();
        for (var doc : tasks) {
            var city = doc.get("city") == null ? null : (String) ((Map<String, Object>) doc.get("city")).get("name");
            for (var task : (List<Map<String, Map<String, Object>>>) doc.get("tasks")) {
                var quarter = task.get("deadline") == null || task.get("deadline").get("quarter") == null
                        ? null : String.valueOf(task.get("deadline").get("quarter"));
                counted.merge(java.util.Arrays.asList(city, quarter), 1, Integer::sum);
            }
        }
        var served = new HashMap<List<String>, Integer>();
        buckets.forEach(b -> served.put((List<String>) b.get("keys"), (Integer) b.get("count")));
        assertThat(served).isEqualTo(counted);
    }

    @Test
    void targetStatsSumMoneyInYuan() {
        var buckets = graphQl.document("{ targetStats(groupBy: [CITY, UNIT], filter: {unit: \"亿元\"}) { keys count sum } }")
                .execute().path("targetStats").entityList(Map.class).get();
        assertThat(buckets).isNotEmpty();
        buckets.forEach(b -> assertThat(((Number) b.get("sum")).doubleValue()).isGreaterThan(1e8));
    }
}

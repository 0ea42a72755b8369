package io.policygraph.api;

import io.policygraph.SeededServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Search through GraphQL, as staff use it, over the seed plans on a real index. */
class SearchApiTest extends SeededServiceTest {

    private static final String SEARCH = """
            query($q: String!, $cities: [String!]) { search(query: $q, filter: {cities: $cities}, first: 100) {
                totalCount edges { node { score snippet source { start end text }
                    document { fileName city { name } } task { number } } } } }""";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    io.policygraph.graph.GraphClient cypher;

    @Test
    void aSimplifiedQueryFindsTheReportPrintedInTraditionalCharacters() {
        var files = graphQl.document(SEARCH).variable("q", "项目建设").execute()
                .path("search.edges[*].node.document.fileName").entityList(String.class).get();
        var traditional = graphQl.document(SEARCH).variable("q", "項目建設").execute()
                .path("search.edges[*].node.document.fileName").entityList(String.class).get();

        assertThat(files).contains("002_f9dfd74abd9f6e57.txt");
        assertThat(traditional).containsExactlyElementsOf(files);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPhraseFilteredByCityReturnsOnlyThatCityWithThePhraseHighlighted() {
        var hits = graphQl.document(SEARCH).variable("q", "\"固定资产投资\"").variable("cities", List.of("嘉峪关市"))
                .execute().path("search.edges[*].node").entityList(Map.class).get();

        assertThat(hits).isNotEmpty();
        for (var hit : hits) {
            var document = (Map<String, Object>) hit.get("document");
            assertThat(((Map<String, String>) document.get("city")).get("name")).isEqualTo("嘉峪关市");
            assertThat((String) hit.get("snippet")).contains("<em>固定资产投资</em>");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyHitsSourceIsTheStretchOfTheDocumentItPointsAt() {
        var hits = graphQl.document(SEARCH).variable("q", "项目 OR 投资").execute()
                .path("search.edges[*].node").entityList(Map.class).get();
        var texts = new java.util.HashMap<String, String>();
        graphQl.document("{ documents { edges { node { fileName text } } } }").execute()
                .path("documents.edges[*].node").entityList(Map.class).get()
                .forEach(d -> texts.put((String) d.get("fileName"), (String) d.get("text")));

        assertThat(hits).hasSizeGreaterThan(20);
        for (var hit : hits) {
            var source = (Map<String, Object>) hit.get("source");
            var text = texts.get((String) ((Map<String, Object>) hit.get("document")).get("fileName"));
            assertThat(text.substring((Integer) source.get("start"), (Integer) source.get("end")))
                    .isEqualTo(source.get("text"));
        }
        assertThat(hits).anySatisfy(hit -> assertThat(hit.get("task")).isNotNull());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aHitListShowsDocumentCityAndTaskFromTheIndexAloneAndTheSameAsTheGraph() {
        long before = cypher.issuedQueries();
        var hits = graphQl.document("""
                        { search(query: "项目", first: 50) { edges { node {
                            document { id title city { name } } task { id number title } } } } }""")
                .execute().path("search.edges[*].node").entityList(Map.class).get();
        assertThat(cypher.issuedQueries() - before).isZero();

        assertThat(hits).anySatisfy(hit -> assertThat(hit.get("task")).isNotNull());
        for (var hit : hits) {
            var document = (Map<String, Object>) hit.get("document");
            var fromGraph = graphQl.document("query($id: ID!) { node(id: $id) { ... on Document { title city { name } } } }")
                    .variable("id", document.get("id")).execute().path("node").entity(Map.class).get();
            assertThat(document.get("title")).isEqualTo(fromGraph.get("title")).isNotNull();
            assertThat(document.get("city")).isEqualTo(fromGraph.get("city"));
            var task = (Map<String, Object>) hit.get("task");
            if (task != null) {
                var taskFromGraph = graphQl.document("query($id: ID!) { node(id: $id) { ... on Task { number title } } }")
                        .variable("id", task.get("id")).execute().path("node").entity(Map.class).get();
                assertThat(task.get("number")).isEqualTo(taskFromGraph.get("number"));
                assertThat(task.get("title")).isEqualTo(taskFromGraph.get("title"));
            }
        }
    }
}

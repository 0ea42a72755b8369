package io.policygraph.api;

import io.policygraph.SeededServiceTest;
import io.policygraph.extract.ExtractionWarning;
import io.policygraph.extract.PlanExtractor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A researcher sees on each document what the audit found unread, each pointer at its own words. */
class ExtractionWarningsTest extends SeededServiceTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    @SuppressWarnings("unchecked")
    void eachDocumentCarriesTheAuditOfItsExtractionWithExactSpans() {
        List<Map<String, Object>> documents = graphQl.document("""
                        { documents(first: 100) { edges { node { fileName text
                            extractionWarnings { kind message source { start end text document { fileName } } } } } } }""")
                .execute().path("documents.edges[*].node").entityList(Map.class).get().stream()
                .map(m -> (Map<String, Object>) m).toList();
        assertThat(documents).hasSize(5);

        var extractor = new PlanExtractor();
        int total = 0;
        for (var document : documents) {
            String name = (String) document.get("fileName");
            String text = (String) document.get("text");
            var shown = (List<Map<String, Object>>) document.get("extractionWarnings");
            var expected = new ArrayList<String>();
            for (ExtractionWarning w : extractor.extract(name, text).warnings()) {
                expected.add(w.kind() + "@" + w.start() + "-" + w.end());
            }
            var actual = new ArrayList<String>();
            for (var w : shown) {
                var source = (Map<String, Object>) w.get("source");
                int start = (Integer) source.get("start");
                int end = (Integer) source.get("end");
                assertThat(source.get("text")).isEqualTo(text.substring(start, end));
                assertThat(((Map<String, Object>) source.get("document")).get("fileName")).isEqualTo(name);
                assertThat((String) w.get("message")).isNotBlank();
                actual.add(w.get("kind") + "@" + start + "-" + end);
            }
            assertThat(actual).as(name).isEqualTo(expected);
            total += actual.size();
        }
        assertThat(total).as("the seeds state quantities no target holds (项目 thresholds such as 5000万元以上)").isPositive();
    }
}

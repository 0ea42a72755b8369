package io.policygraph.api;

import io.policygraph.SeededServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** A request text is parsed once, and what it answers still depends on its variables and on the limits. */
class PreparsedDocumentsTest extends SeededServiceTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    PreparsedDocuments documents;

    @Test
    void theSameTextWithOtherVariablesGetsItsOwnAnswer() {
        var page = "query($first: Int) { tasks(first: $first) { edges { node { number } } } } # variables differ";
        long before = documents.size();
        graphQl.document(page).variable("first", 1).execute().path("tasks.edges").entityList(Object.class).hasSize(1);
        graphQl.document(page).variable("first", 3).execute().path("tasks.edges").entityList(Object.class).hasSize(3);
        assertThat(documents.size()).isEqualTo(before + 1);
    }

    @Test
    void anInvalidTextIsNotKept() {
        long before = documents.size();
        graphQl.document("{ tasks(first: 1) { noSuchField } }").execute().errors()
                .satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("noSuchField"));
        assertThat(documents.size()).isEqualTo(before);
    }

    @Test
    void aKeptTextTooDeepIsRefusedEveryTime() {
        var deep = RequestLimitsTest.sixteenLevelsDeep();
        for (int attempt = 0; attempt < 2; attempt++) {
            graphQl.document(deep).execute().errors()
                    .satisfy(errors -> assertThat(errors.get(0).getMessage()).containsIgnoringCase("depth"));
        }
    }
}

package io.policygraph.api;

import io.policygraph.SeededServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Hostile or careless queries get a bounded error, and the service answers normally right after. */
class RequestLimitsTest extends SeededServiceTest {

    @Autowired
    HttpGraphQlTester graphQl;

    /** documents > edges > node, then document/tasks alternating, then title: 16 levels of selection. */
    static String sixteenLevelsDeep() {
        var deep = new StringBuilder("{ documents(first: 1) { edges { node {");
        for (int level = 4; level < 16; level++) {
            deep.append(level % 2 == 0 ? " tasks {" : " document {");
        }
        return deep.append(" title").append(" }".repeat(12)).append(" } } } }").toString();
    }

    @Test
    void aQueryDeeperThanFifteenIsRefused() {
        graphQl.document(sixteenLevelsDeep()).execute().errors().satisfy(errors -> {
            assertThat(errors).isNotEmpty();
            assertThat(errors.get(0).getMessage()).containsIgnoringCase("depth");
        });
        stillServes();
    }

    @Test
    void aThousandAliasesOfAnExpensiveFieldAreRefused() {
        var query = new StringBuilder("{");
        for (int i = 0; i < 1000; i++) {
            query.append(" a").append(i).append(": tasks(first: 100) { totalCount }");
        }
        graphQl.document(query.append(" }").toString()).execute().errors().satisfy(errors -> {
            assertThat(errors).isNotEmpty();
            assertThat(errors.get(0).getMessage()).containsIgnoringCase("complexity");
        });
        stillServes();
    }

    @Test
    void malformedSearchSyntaxIsABadRequestThatSaysWhatIsWrong() {
        graphQl.document("{ search(query: \"\\\"固定资产投资\") { totalCount } }").execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getErrorType().toString()).isEqualTo("BAD_REQUEST");
            assertThat(errors.get(0).getMessage()).doesNotContain("Exception").doesNotContain("at io.");
        });
        stillServes();
    }

    @Test
    void wrongArgumentTypesAreValidationErrors() {
        graphQl.document("{ tasks(first: \"ten\") { totalCount } }").execute().errors()
                .satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("first"));
        stillServes();
    }

    private void stillServes() {
        graphQl.document("{ documents { totalCount } }").execute().path("documents.totalCount").entity(Integer.class)
                .isEqualTo(5);
    }
}

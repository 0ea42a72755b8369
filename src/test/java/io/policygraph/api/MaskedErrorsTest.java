package io.policygraph.api;

import io.policygraph.SeededServiceTest;
import io.policygraph.graph.TaskGraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;


import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doThrow;

/**
 * An unexpected failure inside the service reaches the client as INTERNAL_ERROR with no detail: no
 * exception text, no stack trace, no Cypher. The graph is real; only the task read is made to fail.
 */
class MaskedErrorsTest extends SeededServiceTest {

    @MockitoSpyBean
    TaskGraph tasks;

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void anInternalFailureIsMasked() {
        doThrow(new IllegalStateException("MATCH (t:Task) WHERE secret failed at io.policygraph.graph.TaskGraph"))
                .when(tasks).page(any(), any(), any(), any(), anyInt(), anyBoolean());

        graphQl.document("{ tasks { totalCount } }").execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getErrorType().toString()).isEqualTo("INTERNAL_ERROR");
            assertThat(errors.get(0).getMessage()).doesNotContain("MATCH").doesNotContain("secret")
                    .doesNotContain("io.policygraph");
        });
        graphQl.document("{ documents { totalCount } }").execute().path("documents.totalCount").entity(Integer.class)
                .isEqualTo(5);
    }
}

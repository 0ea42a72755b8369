package io.policygraph.api;

import io.policygraph.SeededServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff mutations need the API key; with it a new plan becomes queryable and searchable at once. */
class MutationTest extends SeededServiceTest {

    private static final String INGEST = """
            mutation($name: String!, $text: String!) { ingestDocument(fileName: $name, text: $text) {
                status reason taskCount document { id fileName city { name } } } }""";

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void withoutTheKeyEveryMutationIsRefused() {
        graphQl.document(INGEST).variable("name", "x.txt").variable("text", "一、加强项目建设").execute().errors()
                .satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getErrorType().toString()).isEqualTo("FORBIDDEN");
                });
        graphQl.mutate().header("Authorization", "Bearer wrong").build()
                .document("mutation { deleteDocument(id: \"eA\") }").execute().errors()
                .satisfy(errors -> assertThat(errors.get(0).getErrorType().toString()).isEqualTo("FORBIDDEN"));
    }

    @Test
    void withTheKeyANewPlanIsIngestedQueryableSearchableAndDeletable() throws Exception {
        var staff = graphQl.mutate().header("Authorization", "Bearer test-key").build();
        var text = Files.readString(Path.of("ingest/corpus/004_b85820a820c6e1e1.txt"), StandardCharsets.UTF_8)
                .replace("嘉峪关", "酒泉");

        var result = staff.document(INGEST).variable("name", "jiuquan-copy.txt").variable("text", text).execute();
        result.path("ingestDocument.status").entity(String.class).isEqualTo("CREATED");
        result.path("ingestDocument.document.city.name").entity(String.class).isEqualTo("酒泉市");
        var id = result.path("ingestDocument.document.id").entity(String.class).get();

        graphQl.document("{ search(query: \"\\\"固定资产投资\\\"\", filter: {cities: [\"酒泉市\"]}) { totalCount } }")
                .execute().path("search.totalCount").entity(Integer.class).satisfies(n -> assertThat(n).isPositive());

        staff.document("mutation($id: ID!) { deleteDocument(id: $id) }").variable("id", id).execute()
                .path("deleteDocument").entity(Boolean.class).isEqualTo(true);
        graphQl.document("{ search(query: \"固定资产投资\", filter: {cities: [\"酒泉市\"]}) { totalCount } }")
                .execute().path("search.totalCount").entity(Integer.class).isEqualTo(0);
        graphQl.document("{ documents { totalCount } }").execute().path("documents.totalCount").entity(Integer.class)
                .isEqualTo(5);
    }

    @Test
    void aTextThatIsNotAPlanFailsWithAReasonAndStoresNothing() {
        var staff = graphQl.mutate().header("Authorization", "Bearer test-key").build();
        staff.document(INGEST).variable("name", "poem.txt").variable("text", "床前明月光,疑是地上霜。").execute()
                .path("ingestDocument.status").entity(String.class).isEqualTo("FAILED")
                .path("ingestDocument.reason").entity(String.class).satisfies(r -> assertThat(r).contains("not a plan"))
                .path("ingestDocument.document").valueIsNull();
    }
}

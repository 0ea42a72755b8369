package io.policygraph.api;

import io.policygraph.SeededServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PaginationTest extends SeededServiceTest {

    @Autowired
    HttpGraphQlTester graphQl;

    /** With what a task list shows folded in: the statement of a later page is planned as the first's. */
    @Test
    void walkingTheTaskPagesVisitsEveryTaskExactlyOnce() {
        int total = graphQl.document("{ tasks(first: 1) { totalCount } }").execute()
                .path("tasks.totalCount").entity(Integer.class).get();
        var seen = new ArrayList<String>();
        String after = null;
        boolean more = true;
        while (more) {
            var page = graphQl.document("""
                            query($after: String) { tasks(first: 7, after: $after) {
                                edges { cursor node { id leads { name } deadline { date } document { title } } }
                                pageInfo { hasNextPage endCursor } } }""")
                    .variable("after", after).execute();
            seen.addAll(page.path("tasks.edges[*].node.id").entityList(String.class).get());
            more = page.path("tasks.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = page.path("tasks.pageInfo.endCursor").entity(String.class).get();
        }
        assertThat(total).isGreaterThan(20);
        assertThat(seen).hasSize(total);
        assertThat(new HashSet<>(seen)).hasSize(total);
    }

    /**
     * Pages follow each other by keyset (the cursor holds the last row's sort keys): walking a list 3 at
     * a time gives the rows of one big page, in its order, each once, for every sort order, including
     * those whose first key some rows lack (yuan, value, investment).
     */
    @ParameterizedTest
    @CsvSource({"tasks,DOCUMENT", "tasks,DEADLINE", "targets,DOCUMENT", "targets,YUAN_DESC", "targets,VALUE_DESC",
            "projects,NAME", "projects,INVESTMENT_DESC", "departments,", "documents,"})
    void walkingAListByCursorGivesTheRowsOfOnePageInItsOrder(String list, String order) {
        String orderBy = order == null ? "" : ", orderBy: " + order;
        var whole = graphQl.document("{ %s(first: 100%s) { totalCount edges { node { id } } } }".formatted(list, orderBy))
                .execute();
        int total = whole.path(list + ".totalCount").entity(Integer.class).get();
        var onePage = whole.path(list + ".edges[*].node.id").entityList(String.class).get();
        var walked = new ArrayList<String>();
        String after = null;
        boolean more = true;
        while (more) {
            var page = graphQl.document(("query($after: String) { %s(first: 3, after: $after%s) {"
                            + " edges { node { id } } pageInfo { hasNextPage endCursor hasPreviousPage } } }")
                            .formatted(list, orderBy))
                    .variable("after", after).execute();
            page.path(list + ".pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(after != null);
            walked.addAll(page.path(list + ".edges[*].node.id").entityList(String.class).get());
            more = page.path(list + ".pageInfo.hasNextPage").entity(Boolean.class).get();
            after = page.path(list + ".pageInfo.endCursor").entity(String.class).get();
        }
        assertThat(total).isGreaterThan(3);
        assertThat(walked).hasSize(total).doesNotHaveDuplicates();
        assertThat(walked.subList(0, onePage.size())).isEqualTo(onePage);
    }

    @Test
    void aCursorOfAnotherListOrOrderIsRefusedWithAReason() {
        String taskCursor = graphQl.document("{ tasks(first: 1) { pageInfo { endCursor } } }").execute()
                .path("tasks.pageInfo.endCursor").entity(String.class).get();
        for (var query : List.of("{ departments(first: 1, after: \"%s\") { totalCount } }",
                "{ tasks(first: 1, orderBy: DEADLINE, after: \"%s\") { totalCount } }",
                "{ search(query: \"项目\", first: 1, after: \"%s\") { totalCount } }")) {
            graphQl.document(query.formatted(taskCursor)).execute().errors().satisfy(errors -> {
                assertThat(errors).hasSize(1);
                assertThat(errors.get(0).getErrorType().toString()).isEqualTo("BAD_REQUEST");
                assertThat(errors.get(0).getMessage()).contains("not a cursor of this list");
            });
        }
    }

    @Test
    void hasNextPageIsTheSameWhetherOrNotTheTotalIsAskedFor() {
        for (int first = 1; first <= 60; first += 7) {
            var counted = graphQl.document("query($n: Int) { tasks(first: $n) { totalCount pageInfo { hasNextPage } } }")
                    .variable("n", first).execute();
            var uncounted = graphQl.document("query($n: Int) { tasks(first: $n) { pageInfo { hasNextPage } } }")
                    .variable("n", first).execute();
            int total = counted.path("tasks.totalCount").entity(Integer.class).get();
            counted.path("tasks.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(first < total);
            uncounted.path("tasks.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(first < total);
        }
    }

    @Test
    void aPageLargerThanOneHundredIsRefusedWithAReason() {
        graphQl.document("{ tasks(first: 101) { totalCount } }").execute().errors()
                .satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getMessage()).contains("first must be between 0 and 100");
                });
    }

    @Test
    void aForgedCursorIsRefusedWithAReason() {
        graphQl.document("{ tasks(after: \"not-a-cursor\") { totalCount } }").execute().errors()
                .satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("cursor"));
    }

    @Test
    void nodeLoadsBackEveryTypeByItsGlobalId() {
        var ids = new ArrayList<String>();
        var any = graphQl.document("""
                        { documents(first: 1) { edges { node { id city { id } departments { id }
                            tasks { id deadline { id } } targets { id } projects { id } } } } }""")
                .execute().path("documents.edges[0].node").entity(Map.class).get();
        ids.add((String) any.get("id"));
        ids.add((String) ((Map<?, ?>) any.get("city")).get("id"));
        ids.add(firstId(any.get("departments")));
        ids.add(firstId(any.get("tasks")));
        ids.add(firstId(any.get("targets")));
        graphQl.document("{ projects(first: 1) { edges { node { id } } } }").execute()
                .path("projects.edges[0].node.id").entity(String.class).satisfies(ids::add);
        graphQl.document("{ tasks(filter: {due: {year: 2023}}, first: 1) { edges { node { deadline { id } } } } }")
                .execute().path("tasks.edges[0].node.deadline.id").entity(String.class).satisfies(ids::add);

        var typenames = new HashSet<String>();
        for (var id : ids) {
            graphQl.document("query($id: ID!) { node(id: $id) { __typename id } }").variable("id", id).execute()
                    .path("node.id").entity(String.class).isEqualTo(id)
                    .path("node.__typename").entity(String.class).satisfies(typenames::add);
        }
        assertThat(typenames).containsExactlyInAnyOrder("Document", "City", "Department", "Task", "Target",
                "Project", "Deadline");
    }

    @Test
    void aSearchPageBeyondTheTenThousandthHitIsABadRequest() {
        var cursor = graphQl.document("{ search(query: \"项目\", first: 1) { pageInfo { endCursor } } }").execute()
                .path("search.pageInfo.endCursor").entity(String.class).get();
        // Cursors are Spring for GraphQL's base64 offset positions; forge one deep in the result list.
        assertThat(new String(java.util.Base64.getDecoder().decode(cursor))).isEqualTo("O_0");
        var deep = java.util.Base64.getEncoder().encodeToString("O_9999".getBytes());
        graphQl.document("query($after: String) { search(query: \"项目\", first: 10, after: $after) { totalCount } }")
                .variable("after", deep).execute().errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getErrorType().toString()).isEqualTo("BAD_REQUEST");
                    assertThat(errors.get(0).getMessage()).contains("10000");
                });
    }

    @Test
    void anUnknownIdIsNull() {
        graphQl.document("{ node(id: \"bm9wZQ\") { id } }").execute().path("node").valueIsNull();
    }

    @SuppressWarnings("unchecked")
    private static String firstId(Object list) {
        return ((List<Map<String, String>>) list).get(0).get("id");
    }
}

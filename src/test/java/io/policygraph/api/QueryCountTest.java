package io.policygraph.api;

import io.policygraph.SeededServiceTest;
import io.policygraph.graph.Cypher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Nested fields load in batches: the number of Cypher queries does not grow with the page. */
class QueryCountTest extends SeededServiceTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    Cypher cypher;

    @Test
    void aPageOfOneHundredTasksWithRolesDeadlineAndDocumentCostsAtMostFourQueries() {
        long before = cypher.issuedQueries();
        var response = graphQl.document("""
                        { tasks(first: 100) { totalCount edges { node { number title
                            leads { name } responsible { name } supports { name }
                            deadline { date } document { title } } } } }""").execute();
        long queries = cypher.issuedQueries() - before;

        int total = response.path("tasks.totalCount").entity(Integer.class).get();
        int served = response.path("tasks.edges").entityList(Object.class).get().size();
        assertThat(total).isGreaterThan(30);
        assertThat(served).isEqualTo(Math.min(100, total));
        assertThat(queries).isLessThanOrEqualTo(4);
    }

    @Test
    void theHeadlineQueryCostsAFixedNumberOfQueries() {
        long before = cypher.issuedQueries();
        graphQl.document("""
                        { departments(filter: {leadsTasksDue: {quarter: 4}}) { totalCount edges { node { name city { name }
                            tasks(role: LEAD, due: {quarter: 4}) { number title deadline { date } document { title } } } } } }""")
                .execute().path("departments.totalCount").hasValue();
        assertThat(cypher.issuedQueries() - before).isLessThanOrEqualTo(5);
    }
}

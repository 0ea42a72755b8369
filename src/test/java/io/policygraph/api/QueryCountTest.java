package io.policygraph.api;

import io.policygraph.SeededServiceTest;
import io.policygraph.graph.GraphClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Each root field is compiled with its selection into one Cypher statement: nested fields add no round trip. */
class QueryCountTest extends SeededServiceTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    GraphClient cypher;

    @Test
    void aPageOfOneHundredTasksWithRolesDeadlineAndDocumentCostsOneStatement() {
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
        assertThat(queries).isEqualTo(1);
    }

    @Test
    void theHeadlineQueryCostsOneStatement() {
        long before = cypher.issuedQueries();
        graphQl.document("""
                        { departments(filter: {leadsTasksDue: {quarter: 4}}) { totalCount edges { node { name city { name }
                            tasks(role: LEAD, due: {quarter: 4}) { number title deadline { date } document { title } } } } } }""")
                .execute().path("departments.totalCount").hasValue();
        assertThat(cypher.issuedQueries() - before).isEqualTo(1);
    }
}

package io.policygraph.api;

import io.micrometer.core.instrument.MeterRegistry;
import io.policygraph.SeededServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** An operator's timers: each request and each root field is timed, the fields inside an answer are not. */
class FieldObservationsTest extends SeededServiceTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    MeterRegistry meters;

    @Test
    void rootFieldsAreTimedAndNestedFieldsAreNot() {
        graphQl.document("""
                        { departments(filter: {leadsTasksDue: {quarter: 4}}) { edges { node { name city { name }
                            tasks(role: LEAD, due: {quarter: 4}) { number deadline { date } document { title } } } } } }""")
                .execute().path("departments.edges").entityList(Object.class).hasSizeGreaterThan(0);

        var fieldTimers = meters.find("graphql.datafetcher").timers();
        var timedFields = fieldTimers.stream().map(t -> t.getId().getTag("graphql.field.name")).toList();
        assertThat(timedFields).contains("departments").doesNotContain("tasks", "city", "deadline", "document");
        assertThat(meters.find("graphql.request").timers()).isNotEmpty();
    }
}

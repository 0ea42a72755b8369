package io.policygraph.api;

import io.policygraph.SeededServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaInspectionTest extends SeededServiceTest {

    @Autowired
    SchemaInspection inspection;

    @Test
    void everySchemaFieldHasADataFetcherAndEveryControllerMethodAField() {
        var report = inspection.report();
        assertThat(report).isNotNull();
        assertThat(report.unmappedFields()).isEmpty();
        assertThat(report.unmappedRegistrations()).isEmpty();
        assertThat(report.unmappedArguments()).isEmpty();
    }
}

package io.policygraph.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.SchemaReport;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps Spring for GraphQL's schema mapping report of start-up, so that a field without a data
 * fetcher (which would silently answer null) is a failing test and a warning in the log, not a
 * surprise for a frontend.
 */
@Component
public class SchemaInspection implements GraphQlSourceBuilderCustomizer {

    private static final Logger log = LoggerFactory.getLogger(SchemaInspection.class);

    private final AtomicReference<SchemaReport> report = new AtomicReference<>();

    @Override
    public void customize(org.springframework.graphql.execution.GraphQlSource.SchemaResourceBuilder builder) {
        builder.inspectSchemaMappings(r -> {
            report.set(r);
            if (!r.unmappedFields().isEmpty() || !r.unmappedRegistrations().isEmpty() || !r.unmappedArguments().isEmpty()) {
                log.warn("GraphQL schema mapping is incomplete: {}", r);
            }
        });
    }

    public SchemaReport report() {
        return report.get();
    }
}

package io.policygraph.search;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * The search index's place in {@code /actuator/health} (component {@code searchIndex}, also in the
 * readiness group) and {@code /actuator/metrics} ({@code policygraph.search.lag}). Out of service until
 * the index has caught up with the graph once since start; after that a lag of a few documents is the
 * normal moment between a write elsewhere and the next follow-up, shown but not failing readiness.
 */
@Component("searchIndex")
class SearchIndexHealth extends AbstractHealthIndicator implements MeterBinder {

    private final SearchIndexing search;

    SearchIndexHealth(SearchIndexing search) {
        super("search index status unavailable");
        this.search = search;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        var status = search.status();
        (status.caughtUpSinceStart() ? builder.up() : builder.outOfService())
                .withDetail("lag", status.lag())
                .withDetail("appliedSequence", status.appliedSequence())
                .withDetail("graphSequence", status.graphSequence())
                .withDetail("caughtUpSinceStart", status.caughtUpSinceStart());
        if (status.lastFailure() != null) {
            builder.withDetail("lastFailure", status.lastFailure());
        }
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("policygraph.search.lag", search, SearchIndexHealth::lagOrNaN)
                .description("documents changed in the graph that this instance's search index has not applied yet")
                .baseUnit("documents")
                .register(registry);
    }

    private static double lagOrNaN(SearchIndexing search) {
        try {
            return search.status().lag();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}

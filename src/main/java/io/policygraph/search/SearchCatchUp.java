package io.policygraph.search;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings the search index up to the graph before the instance starts taking traffic: Spring Boot
 * declares an application ready (readiness probe, {@code ApplicationReadyEvent}) only after its runners,
 * and a command-line tool runs only after this one, so neither sees an index that lags the graph.
 * First, so the first-start corpus ingest finds the index already following the log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SearchCatchUp implements ApplicationRunner {

    private final SearchIndexing search;

    SearchCatchUp(SearchIndexing search) {
        this.search = search;
    }

    @Override
    public void run(ApplicationArguments args) {
        search.catchUp();
    }
}

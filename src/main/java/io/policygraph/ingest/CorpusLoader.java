package io.policygraph.ingest;

import io.policygraph.PolicyGraphProperties;
import io.policygraph.graph.DocumentGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

/** On the first start (an empty store) ingests the corpus folder, so a new user sees data at once. */
@Component
class CorpusLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CorpusLoader.class);

    private final PolicyGraphProperties properties;
    private final DocumentGraph documents;
    private final IngestService ingest;

    CorpusLoader(PolicyGraphProperties properties, DocumentGraph documents, IngestService ingest) {
        this.properties = properties;
        this.documents = documents;
        this.ingest = ingest;
    }

    @Override
    public void run(ApplicationArguments args) {
        var corpus = properties.corpus();
        if (!properties.ingestOnStart() || documents.count() > 0) {
            return;
        }
        if (!Files.isDirectory(corpus)) {
            log.info("no corpus folder at {}; starting with an empty graph", corpus.toAbsolutePath());
            return;
        }
        var results = ingest.ingestPaths(List.of(corpus), IngestProgress.inLog(Duration.ofSeconds(10)));
        results.forEach(r -> log.info(r.line()));
        log.info("ingested corpus {}: {} of {} files landed", corpus.toAbsolutePath(),
                results.stream().filter(IngestResult::landed).count(), results.size());
    }
}

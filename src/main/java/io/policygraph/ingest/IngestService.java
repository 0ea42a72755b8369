package io.policygraph.ingest;

import io.policygraph.PolicyGraphProperties;
import io.policygraph.extract.PlanExtraction;
import io.policygraph.extract.PlanExtractor;
import io.policygraph.graph.Digests;
import io.policygraph.graph.DocumentWriter;
import io.policygraph.search.SearchIndexing;
import io.policygraph.text.TextDecoder;
import io.policygraph.text.TextNormalizer;
import io.policygraph.text.UnreadableTextException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The pipeline for one file: read, decode, normalise, extract, then write the graph (one
 * transaction) and the search index (one commit). A file that fails at any step is reported with
 * its reason and leaves nothing behind; the other files are not affected.
 */
@Service
public class IngestService {

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);

    private final PolicyGraphProperties.Ingest limits;
    private final TextNormalizer normalizer = new TextNormalizer();
    private final PlanExtractor extractor = new PlanExtractor();
    private final DocumentWriter writer;
    private final SearchIndexing search;

    IngestService(PolicyGraphProperties properties, DocumentWriter writer, SearchIndexing search) {
        this.limits = properties.ingest();
        this.writer = writer;
        this.search = search;
    }

    /**
     * Ingests every path (files as they are, folders by their *.txt files in name order) on all
     * cores: extraction is CPU-bound and each file is independent; concurrent graph transactions
     * that meet on shared nodes are retried by the driver. Results come back in input order.
     */
    public List<IngestResult> ingestPaths(List<Path> paths) {
        var files = PlanFiles.expand(paths);
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), Math.max(1, files.size()));
        var pool = Executors.newFixedThreadPool(threads);
        try {
            var futures = files.stream().map(f -> pool.submit(() -> ingestFile(f))).toList();
            var results = new ArrayList<IngestResult>(files.size());
            for (int i = 0; i < files.size(); i++) {
                results.add(await(futures.get(i), files.get(i)));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static IngestResult await(Future<IngestResult> future, Path file) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return IngestResult.failed(file.getFileName().toString(), "interrupted");
        } catch (ExecutionException e) {
            log.error("ingest failed for {}", file, e.getCause());
            return IngestResult.failed(file.getFileName().toString(), "internal error: " + e.getCause().getClass().getSimpleName());
        }
    }

    public IngestResult ingestFile(Path file) {
        var name = file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file)) {
                return IngestResult.failed(name, "no such file");
            }
            if (Files.size(file) > limits.maxFileSize().toBytes()) {
                return IngestResult.failed(name, "file is %d bytes, more than the limit of %d (policygraph.ingest.max-file-size)"
                        .formatted(Files.size(file), limits.maxFileSize().toBytes()));
            }
            return ingest(name, Files.readAllBytes(file));
        } catch (IOException e) {
            return IngestResult.failed(name, "cannot read the file: " + e.getMessage());
        }
    }

    /** Ingests a text that arrives as bytes (a file's content). */
    public IngestResult ingest(String fileName, byte[] content) {
        if (content.length > limits.maxFileSize().toBytes()) {
            return IngestResult.failed(fileName, "content is %d bytes, more than the limit of %d (policygraph.ingest.max-file-size)"
                    .formatted(content.length, limits.maxFileSize().toBytes()));
        }
        String raw;
        try {
            raw = TextDecoder.decode(content);
        } catch (UnreadableTextException e) {
            return IngestResult.failed(fileName, e.getMessage());
        }
        if (raw.length() > limits.maxTextLength()) {
            return IngestResult.failed(fileName, "text has %d characters, more than the limit of %d (policygraph.ingest.max-text-length)"
                    .formatted(raw.length(), limits.maxTextLength()));
        }
        PlanExtraction plan;
        try {
            plan = extractor.extract(fileName, normalizer.normalise(raw).text());
        } catch (RuntimeException e) {
            log.warn("extraction failed for {}", fileName, e);
            return IngestResult.failed(fileName, "extraction failed: " + e.getClass().getSimpleName());
        }
        if (plan.tasks().isEmpty() && plan.targets().isEmpty() && plan.departments().isEmpty()) {
            return IngestResult.failed(fileName, "not a plan: no tasks, targets or departments found");
        }
        return store(plan, Digests.sha256(content));
    }

    /** Deletes a document from the graph and the search index; false when there was none. */
    public boolean delete(String documentId) {
        var sequence = writer.delete(documentId);
        sequence.ifPresent(this::searchUpTo);
        return sequence.isPresent();
    }

    private IngestResult store(PlanExtraction plan, String contentHash) {
        DocumentWriter.Written written;
        try {
            written = writer.write(plan, contentHash);
        } catch (RuntimeException e) {
            log.error("graph write failed for {}", plan.fileName(), e);
            return IngestResult.failed(plan.fileName(), "the graph database refused the document; nothing was written");
        }
        if (written.outcome() != DocumentWriter.Outcome.UNCHANGED) {
            searchUpTo(written.changeSequence());
        }
        var outcome = written.outcome();
        var status = switch (outcome) {
            case CREATED -> IngestResult.Status.CREATED;
            case REPLACED -> IngestResult.Status.REPLACED;
            case UNCHANGED -> IngestResult.Status.UNCHANGED;
        };
        return new IngestResult(plan.fileName(), status, null, plan.tasks().size(), plan.targets().size(),
                plan.departments().size());
    }

    /** The writer's own search sees the write at once; other instances follow the change log. */
    private void searchUpTo(long changeSequence) {
        try {
            search.catchUpTo(changeSequence);
        } catch (RuntimeException e) {
            // The graph holds the change; the index applies it at its next follow-up or start.
            log.error("search indexing failed after change {}; it will be applied at the next follow-up", changeSequence, e);
        }
    }

}

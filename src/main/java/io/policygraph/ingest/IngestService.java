package io.policygraph.ingest;

import io.policygraph.PolicyGraphProperties;
import io.policygraph.extract.PlanExtraction;
import io.policygraph.extract.PlanExtractor;
import io.policygraph.graph.Digests;
import io.policygraph.graph.DocumentKeys;
import io.policygraph.graph.DocumentWriter;
import io.policygraph.search.SearchIndexing;
import io.policygraph.text.TextDecoder;
import io.policygraph.text.TextNormalizer;
import io.policygraph.text.UnreadableTextException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The ingest pipeline: read, decode, normalise, extract, then write the graph and bring the search
 * index up to it. A file that fails at any step is reported with its reason and leaves nothing
 * behind; the other files are not affected.
 *
 * <p>A bulk ingest (many files: the command line, the first-start corpus) extracts on all cores ahead
 * of one writer, at most a few files per thread ahead, so memory stays bounded however many files
 * there are. The writer commits documents in batches of about {@code policygraph.ingest.batch-chars}
 * characters, one transaction each, and the search index catches up once per batch on a thread of its
 * own while the next batch is written. When the database refuses a batch, its documents are written
 * again one at a time, so only the document it refuses fails.
 */
@Service
public class IngestService {

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);
    /**
     * Files read and extracted ahead of the writer: at least one per thread, more while their bytes
     * stay under two batches' characters (a character takes a byte or more), so the threads keep
     * extracting while the writer commits a batch and memory stays bounded.
     */
    private static final int MAX_AHEAD_PER_THREAD = 16;

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

    /** A file read and extracted, ready to write; or why it cannot be. */
    private record Prepared(DocumentWriter.Draft draft, IngestResult failure, long bytes) {

        static Prepared failed(IngestResult failure, long bytes) {
            return new Prepared(null, failure, bytes);
        }

        int chars() {
            return draft == null ? 0 : draft.plan().text().length();
        }
    }

    /** {@link #ingestPaths(List, IngestProgress)} showing no progress. */
    public List<IngestResult> ingestPaths(List<Path> paths) {
        return ingestPaths(paths, IngestProgress.silent());
    }

    /**
     * Ingests every path (files as they are, folders by their *.txt files, subfolders included; see
     * {@link PlanFiles} for the documents' keys). Results come back in input order.
     */
    List<IngestResult> ingestPaths(List<Path> paths, IngestProgress progress) {
        var files = PlanFiles.expand(paths);
        var results = new IngestResult[files.size()];
        var duplicates = duplicates(files);
        var sizes = files.stream().mapToLong(f -> sizeOf(f.file())).toArray();
        progress.start(files.size(), Arrays.stream(sizes).sum());
        int threads = Math.min(limits.extractionThreads(), Math.max(1, files.size()));
        var extractors = Executors.newFixedThreadPool(threads);
        var indexer = Executors.newSingleThreadExecutor();
        long lastSequence = 0;
        try {
            var ahead = new ArrayDeque<Future<Prepared>>();
            long aheadBytes = 0;
            var batch = new ArrayList<Queued>();
            long batchChars = 0;
            int submitted = 0;
            for (int i = 0; i < files.size(); i++) {
                for (; submitted < files.size() && (ahead.size() < threads
                        || ahead.size() < threads * MAX_AHEAD_PER_THREAD && aheadBytes < 2L * limits.batchChars()); submitted++) {
                    var file = files.get(submitted);
                    aheadBytes += sizes[submitted];
                    var duplicate = duplicates[submitted];
                    ahead.add(duplicate != null
                            ? CompletableFuture.completedFuture(Prepared.failed(duplicate, sizes[submitted]))
                            : extractors.submit(() -> prepare(file)));
                }
                var p = await(ahead.poll(), files.get(i).documentId());
                aheadBytes -= sizes[i];
                if (p.failure() != null) {
                    results[i] = p.failure();
                    progress.done(p.bytes(), 0);
                    continue;
                }
                batch.add(new Queued(i, p));
                batchChars += p.chars();
                if (batchChars >= limits.batchChars()) {
                    lastSequence = Math.max(lastSequence, flush(batch, results, progress, indexer));
                    batch.clear();
                    batchChars = 0;
                }
            }
            lastSequence = Math.max(lastSequence, flush(batch, results, progress, indexer));
        } finally {
            extractors.shutdownNow();
            indexer.shutdown();
            awaitQuietly(indexer);
        }
        if (lastSequence > 0) {
            searchUpTo(lastSequence);   // whatever the indexer thread could not finish
        }
        progress.finish();
        return List.of(results);
    }

    /**
     * The failure of each file whose key an earlier file of this ingest already has (two files given
     * on their own from different folders with the same name), null for the others: the later one
     * fails with the reason, rather than one silently replacing the other.
     */
    private static IngestResult[] duplicates(List<PlanFiles.PlanFile> files) {
        var first = new HashMap<String, Path>();
        var duplicate = new IngestResult[files.size()];
        for (int i = 0; i < files.size(); i++) {
            var file = files.get(i);
            var earlier = first.putIfAbsent(file.documentId(), file.file());
            if (earlier != null) {
                duplicate[i] = IngestResult.failed(file.documentId(), ("%s has the same document id as %s in this ingest; "
                        + "ingest their common folder so their relative paths tell them apart").formatted(file.file(), earlier));
            }
        }
        return duplicate;
    }

    /** A file of the batch being gathered: its place in the input and what was extracted from it. */
    private record Queued(int index, Prepared prepared) {
        DocumentWriter.Draft draft() {
            return prepared.draft();
        }
    }

    /** A document written, or why not; the change number of the write (0 when none). */
    private record WriteResult(IngestResult result, long changeSequence) {
    }

    /**
     * Writes a batch in one transaction; if the database refuses it, each document on its own, so
     * one bad document fails alone. Hands the search index its catch-up; returns the last change number.
     */
    private long flush(List<Queued> batch, IngestResult[] results, IngestProgress progress, ExecutorService indexer) {
        if (batch.isEmpty()) {
            return 0;
        }
        List<WriteResult> outcomes;
        try {
            var written = writer.writeAll(batch.stream().map(Queued::draft).toList());
            outcomes = new ArrayList<>();
            for (int k = 0; k < batch.size(); k++) {
                outcomes.add(new WriteResult(landed(batch.get(k).draft(), written.get(k)), written.get(k).changeSequence()));
            }
        } catch (RuntimeException batchRefused) {
            if (batch.size() == 1) {
                outcomes = List.of(refused(batch.get(0).draft(), batchRefused));
            } else {
                log.warn("the graph database refused a batch of {} documents ({}); writing them one at a time",
                        batch.size(), firstLine(batchRefused.getMessage()));
                outcomes = batch.stream().map(q -> writeAlone(q.draft())).toList();
            }
        }
        long last = 0;
        for (int k = 0; k < batch.size(); k++) {
            var queued = batch.get(k);
            var outcome = outcomes.get(k);
            results[queued.index()] = outcome.result();
            last = Math.max(last, outcome.changeSequence());
            progress.done(queued.prepared().bytes(), outcome.result().landed() ? queued.prepared().chars() : 0);
        }
        if (last > 0) {
            long upTo = last;
            indexer.execute(() -> searchUpTo(upTo));
        }
        return last;
    }

    /** Writes one document in a transaction of its own. */
    private WriteResult writeAlone(DocumentWriter.Draft draft) {
        try {
            var written = writer.writeAll(List.of(draft)).get(0);
            return new WriteResult(landed(draft, written), written.changeSequence());
        } catch (RuntimeException e) {
            return refused(draft, e);
        }
    }

    private static WriteResult refused(DocumentWriter.Draft draft, RuntimeException e) {
        log.error("graph write failed for {}", draft.documentId(), e);
        return new WriteResult(IngestResult.failed(draft.documentId(), refusal(e)), 0);
    }

    private Prepared prepare(PlanFiles.PlanFile planFile) {
        var file = planFile.file();
        var id = planFile.documentId();
        try {
            if (!Files.isRegularFile(file)) {
                return Prepared.failed(IngestResult.failed(id, "no such file"), 0);
            }
            long size = Files.size(file);
            if (size > limits.maxFileSize().toBytes()) {
                return Prepared.failed(IngestResult.failed(id, "file is %d bytes, more than the limit of %d (policygraph.ingest.max-file-size)"
                        .formatted(size, limits.maxFileSize().toBytes())), size);
            }
            return prepare(id, Files.readAllBytes(file));
        } catch (IOException e) {
            return Prepared.failed(IngestResult.failed(id, "cannot read the file: " + e.getMessage()), 0);
        }
    }

    /** Reads, checks and extracts a text that arrives as bytes; the document gets this id. */
    private Prepared prepare(String documentId, byte[] content) {
        if (content.length > limits.maxFileSize().toBytes()) {
            return Prepared.failed(IngestResult.failed(documentId, "content is %d bytes, more than the limit of %d (policygraph.ingest.max-file-size)"
                    .formatted(content.length, limits.maxFileSize().toBytes())), content.length);
        }
        String raw;
        try {
            raw = TextDecoder.decode(content);
        } catch (UnreadableTextException e) {
            return Prepared.failed(IngestResult.failed(documentId, e.getMessage()), content.length);
        }
        if (raw.length() > limits.maxTextLength()) {
            return Prepared.failed(IngestResult.failed(documentId, "text has %d characters, more than the limit of %d (policygraph.ingest.max-text-length)"
                    .formatted(raw.length(), limits.maxTextLength())), content.length);
        }
        PlanExtraction plan;
        try {
            plan = extractor.extract(DocumentKeys.fileNameOf(documentId), normalizer.normalise(raw).text());
        } catch (RuntimeException e) {
            log.warn("extraction failed for {}", documentId, e);
            return Prepared.failed(IngestResult.failed(documentId, "extraction failed: " + e.getClass().getSimpleName()), content.length);
        }
        if (plan.tasks().isEmpty() && plan.targets().isEmpty() && plan.departments().isEmpty()) {
            return Prepared.failed(IngestResult.failed(documentId, "not a plan: no tasks, targets or departments found"), content.length);
        }
        return new Prepared(new DocumentWriter.Draft(documentId, plan, Digests.sha256(content)), null, content.length);
    }

    /** Ingests one file on its own, keyed by its file name. */
    public IngestResult ingestFile(Path file) {
        return ingestPaths(List.of(file)).get(0);
    }

    /** Ingests a text that arrives as bytes (a file's content), keyed by its file name; written and indexed at once. */
    public IngestResult ingest(String fileName, byte[] content) {
        var prepared = prepare(fileName, content);
        if (prepared.failure() != null) {
            return prepared.failure();
        }
        var outcome = writeAlone(prepared.draft());
        if (outcome.result().landed() && outcome.result().status() != IngestResult.Status.UNCHANGED) {
            searchUpTo(outcome.changeSequence());
        }
        return outcome.result();
    }

    /** Deletes a document from the graph and the search index; false when there was none. */
    public boolean delete(String documentId) {
        var sequence = writer.delete(documentId);
        sequence.ifPresent(this::searchUpTo);
        return sequence.isPresent();
    }

    private static IngestResult landed(DocumentWriter.Draft draft, DocumentWriter.Written written) {
        var plan = draft.plan();
        var status = switch (written.outcome()) {
            case CREATED -> IngestResult.Status.CREATED;
            case REPLACED -> IngestResult.Status.REPLACED;
            case UNCHANGED -> IngestResult.Status.UNCHANGED;
        };
        return new IngestResult(draft.documentId(), status, null, plan.tasks().size(), plan.targets().size(),
                plan.departments().size());
    }

    /**
     * Why the database refused a document, in its own words when it gave any (a limit, a constraint),
     * on one line; the stack trace goes to the log only.
     */
    static String refusal(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Neo4jException neo4j && neo4j.getMessage() != null) {
                var reason = firstLine(neo4j.getMessage());
                return "the graph database refused the document, nothing of it was written: "
                        + (reason.length() > 300 ? reason.substring(0, 300) + "…" : reason);
            }
        }
        return "the graph database refused the document; nothing of it was written";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    private static IngestResult awaitFailure(String documentId, Throwable cause) {
        log.error("ingest failed for {}", documentId, cause);
        return IngestResult.failed(documentId, "internal error: " + cause.getClass().getSimpleName());
    }

    private static Prepared await(Future<Prepared> future, String documentId) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Prepared.failed(IngestResult.failed(documentId, "interrupted"), 0);
        } catch (ExecutionException e) {
            return Prepared.failed(awaitFailure(documentId, e.getCause()), 0);
        }
    }

    private static void awaitQuietly(ExecutorService executor) {
        try {
            executor.awaitTermination(1, TimeUnit.HOURS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
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

package io.policygraph.search;

import io.policygraph.PolicyGraphProperties;
import io.policygraph.graph.DocumentChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps this instance's clause index in step with the graph, which is the source of truth and may be
 * shared by several instances. Every document write and delete, whichever instance or command made
 * it, takes a number in the graph's change log ({@link DocumentChanges}); the index records in each
 * Lucene commit the number up to which it has applied the log, and applies what lies beyond it: at
 * start-up (a new index, an index that was down while others wrote, a crash between the graph commit
 * and the index commit), every {@code policygraph.search.follow-interval} (writes through other
 * instances), and at once after a write through this instance (so its caller searches what it wrote).
 */
@Component
public class SearchIndexing implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexing.class);

    static final String LOG_ID = "policygraph.changeLog";
    static final String SEQUENCE = "policygraph.changeSequence";
    static final String ANALYSIS = "policygraph.analysis";
    /**
     * The version of how clauses are cut into words. An index written under another version would not
     * match the queries' words, so it is rebuilt from the change log; raise it whenever the analysis changes.
     */
    static final String ANALYSIS_VERSION = "2";
    /** Changes applied per Lucene commit; bounds the document texts held in memory at once. */
    private static final int BATCH = 64;
    /** How long a write through this instance waits for the log to show it (a cluster member may lag). */
    private static final Duration OWN_WRITE_WAIT = Duration.ofSeconds(5);

    private final DocumentChanges changes;
    private final ClauseIndex index;
    private final Object applying = new Object();
    private volatile String logId;
    private volatile long applied;
    private volatile boolean caughtUpSinceStart;
    private volatile String lastFailure;
    private volatile boolean closed;

    SearchIndexing(PolicyGraphProperties properties, DocumentChanges changes) {
        this.changes = changes;
        this.index = new ClauseIndex(properties.dataDir().resolve("search"));
        var position = index.position();
        boolean sameAnalysis = !writtenByOtherAnalysis(position);
        if (!sameAnalysis) {
            log.info("search index was written by an older analysis; rebuilding it");
        }
        // An unknown log id makes the first catch-up rebuild the index from the start of the log.
        this.logId = sameAnalysis ? position.get(LOG_ID) : "";
        this.applied = sameAnalysis ? Long.parseLong(position.getOrDefault(SEQUENCE, "0")) : 0;
    }

    /** Whether an index at this position was written by another analysis than this version's. */
    static boolean writtenByOtherAnalysis(Map<String, String> position) {
        return !position.isEmpty() && !ANALYSIS_VERSION.equals(position.get(ANALYSIS));
    }

    public ClauseIndex index() {
        return index;
    }

    /**
     * Applies every change the graph has recorded beyond this index's position; returns how many. An
     * index that followed another database (a different log id, or a log shorter than its position:
     * a store restored from an older backup) is rebuilt from the start.
     */
    public int catchUp() {
        synchronized (applying) {
            if (closed) {
                return 0;
            }
            var head = changes.head();
            if (!Objects.equals(head.logId(), logId) || head.sequence() < applied) {
                if (logId != null && !logId.isEmpty()) {
                    log.info("search index followed another change log than the graph's; rebuilding it");
                }
                index.clear();
                logId = head.logId();
                applied = 0;
            }
            int count = 0;
            if (logId != null) {   // null: nothing was ever written to this database
                for (var batch = changes.after(applied, BATCH); !batch.isEmpty(); batch = changes.after(applied, BATCH)) {
                    apply(batch);
                    count += batch.size();
                }
            }
            if (count >= BATCH) {
                log.info("search index caught up with the graph: {} changes applied", count);
            }
            caughtUpSinceStart = true;
            lastFailure = null;
            return count;
        }
    }

    /**
     * Applies the log at least up to this number (a write this instance just made), waiting briefly if
     * the database this instance reads from has not shown it yet; the regular follow-up applies it
     * otherwise.
     */
    public void catchUpTo(long sequence) {
        long deadline = System.nanoTime() + OWN_WRITE_WAIT.toNanos();
        while (true) {
            catchUp();
            if (applied >= sequence || closed || System.nanoTime() > deadline) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Follows writes made through other instances or the command line. */
    @Scheduled(fixedDelayString = "${policygraph.search.follow-interval:1s}",
            initialDelayString = "${policygraph.search.follow-interval:1s}")
    void follow() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            if (!Objects.equals(lastFailure, e.getClass().getSimpleName())) {
                log.warn("search index cannot follow the graph: {}", e.getMessage());
            }
            // The class only: the message can name hosts, and health details are readable without a key.
            lastFailure = e.getClass().getSimpleName();
        }
    }

    /** How far the index has followed, and how far behind the graph it is (asks the graph). */
    public Status status() {
        long position = applied;
        var head = changes.head();
        boolean sameLog = Objects.equals(head.logId(), logId) && head.sequence() >= position;
        long lag = sameLog ? changes.countAfter(position) : changes.countAfter(0);
        return new Status(position, head.sequence(), lag, caughtUpSinceStart, lastFailure);
    }

    /**
     * @param appliedSequence    the last change-log number applied to this index
     * @param graphSequence      the last number the graph has given out
     * @param lag                documents changed in the graph and not yet applied here
     * @param caughtUpSinceStart whether the index has caught up with the graph once since this instance started
     * @param lastFailure        the kind of error the last attempt to follow failed with, or null
     */
    public record Status(long appliedSequence, long graphSequence, long lag, boolean caughtUpSinceStart,
                         String lastFailure) {
    }

    private void apply(List<DocumentChanges.Change> batch) {
        var replaced = new ArrayList<IndexedDocument>();
        var deleted = new ArrayList<String>();
        for (var change : batch) {
            if (change.deleted()) {
                deleted.add(change.documentId());
            } else {
                var content = change.content();
                replaced.add(new IndexedDocument(change.documentId(), content.title(), content.city(), content.text(),
                        spans(content.tasks()), spans(content.targets()), content.parentCity()));
            }
        }
        long last = batch.get(batch.size() - 1).sequence();
        index.apply(replaced, deleted, Map.of(LOG_ID, logId, SEQUENCE, Long.toString(last), ANALYSIS, ANALYSIS_VERSION));
        applied = last;
    }

    private static List<OwnedSpan> spans(List<DocumentChanges.Span> spans) {
        return spans.stream().map(s -> new OwnedSpan(s.id(), s.start(), s.end(), s.number(), s.title())).toList();
    }

    @Override
    public void destroy() {
        synchronized (applying) {
            closed = true;
            index.close();
        }
    }
}

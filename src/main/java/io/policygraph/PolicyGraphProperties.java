package io.policygraph;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Settings under {@code policygraph.*}.
 *
 * @param dataDir        where the embedded Neo4j store and the search index live
 * @param corpus         folder of plans ingested on first start (when the store holds no document)
 * @param ingestOnStart  whether to ingest {@code corpus} on first start
 * @param neo4j          embedded database settings (ignored when {@code spring.neo4j.uri} is set)
 * @param apiKey         bearer token that mutations require; empty refuses every mutation
 * @param cors           browser origins allowed to call the API; empty means none
 * @param ingest         input limits and how a bulk ingest batches its writes
 * @param api            limits that keep one request from hurting the others
 * @param search         how the search index follows the graph
 * @param memory         how much heap the service keeps once started
 */
@ConfigurationProperties("policygraph")
public record PolicyGraphProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("ingest/corpus") Path corpus,
        @DefaultValue("true") boolean ingestOnStart,
        @DefaultValue Neo4j neo4j,
        @DefaultValue("") String apiKey,
        @DefaultValue Cors cors,
        @DefaultValue Ingest ingest,
        @DefaultValue Api api,
        @DefaultValue Search search,
        @DefaultValue Memory memory) {

    /**
     * @param boltPort          port of the embedded database's Bolt connector, bound to 127.0.0.1 only; 0 picks a free one
     * @param pageCache         the embedded database's page cache (off the heap, filled as the store is read): the
     *                          most of the store held in memory. Neo4j's own default is half the machine's memory
     * @param transactionMemory the most heap all open transactions of the embedded database may hold together
     */
    public record Neo4j(@DefaultValue("7687") int boltPort, @DefaultValue("256MB") DataSize pageCache,
                        @DefaultValue("256MB") DataSize transactionMemory) {
    }

    public record Cors(@DefaultValue List<String> allowedOrigins) {
    }

    /**
     * @param maxDepth       deepest selection nesting a query may have
     * @param maxComplexity  most fields a query may select, nested ones included
     * @param requestTimeout time after which a request is answered 408 and abandoned
     */
    public record Api(@DefaultValue("15") int maxDepth, @DefaultValue("1000") int maxComplexity,
                      @DefaultValue("10s") Duration requestTimeout) {
    }

    /**
     * @param followInterval how often the index applies writes made through other instances or the
     *                       command line (read by the scheduler as {@code policygraph.search.follow-interval})
     */
    public record Search(@DefaultValue("1s") Duration followInterval) {
    }

    /**
     * @param returnFreeHeap     after start-up, give the heap the start grew back to the system (see FreeHeapReturn)
     * @param maxFreeHeapPercent the most free heap the JVM keeps after a collection, in percent of the heap
     * @param idleCollection     how long the JVM may stay without a collection before it collects (and shrinks
     *                           the heap); 0 never
     */
    public record Memory(@DefaultValue("true") boolean returnFreeHeap, @DefaultValue("30") int maxFreeHeapPercent,
                         @DefaultValue("5m") Duration idleCollection) {
    }

    /**
     * @param maxFileSize   larger files are refused before they are read
     * @param maxTextLength longer decoded texts are refused (characters)
     * @param batchChars    a bulk ingest (the command line, the first-start corpus) commits documents
     *                      together until their texts reach this many characters: one graph transaction
     *                      and one search-index catch-up per batch
     * @param threads       threads that extract ahead of the writer; 0 means one per core
     */
    public record Ingest(@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("2000000") int maxTextLength,
                         @DefaultValue("250000") int batchChars, @DefaultValue("0") int threads) {

        /** The extraction threads to start. */
        public int extractionThreads() {
            return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        }
    }
}

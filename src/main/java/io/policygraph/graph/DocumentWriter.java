package io.policygraph.graph;

import io.policygraph.extract.Deadline;
import io.policygraph.extract.Department;
import io.policygraph.extract.DocumentFacts;
import io.policygraph.extract.DuePrecision;
import io.policygraph.extract.DueRange;
import io.policygraph.extract.DueRangeReader;
import io.policygraph.extract.MetricFamilies;
import io.policygraph.extract.Quantity;
import io.policygraph.extract.QuantityNormalizer;
import io.policygraph.extract.ExtractionWarning;
import io.policygraph.extract.PlaceLevel;
import io.policygraph.extract.PlanExtraction;
import io.policygraph.extract.Project;
import io.policygraph.extract.Target;
import io.policygraph.extract.Task;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.support.RetryExceptionPredicate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Writes extracted plans into the graph, several documents per transaction, so a document is either
 * whole or absent. A re-ingested file replaces what the document owns (tasks, targets, links) and
 * keeps the nodes it shares with other documents (cities, departments, deadlines, projects); shared
 * nodes that nothing points to any more are removed, so no orphan stays behind.
 *
 * <p>Every statement is a constant text over a list parameter ({@code UNWIND $rows}), whatever the
 * number of documents, tasks or targets: the database plans each statement once and reuses the plan
 * for every batch. Statements run through Spring Data Neo4j's {@link Neo4jClient} inside a Spring
 * transaction ({@link TransactionTemplate} on the Neo4j transaction manager), which commits or rolls
 * back the batch as one.
 */
@Component
public class DocumentWriter {

    public enum Outcome { CREATED, REPLACED, UNCHANGED }

    private static final Logger log = LoggerFactory.getLogger(DocumentWriter.class);
    private static final DueRangeReader RANGES = new DueRangeReader();
    private static final QuantityNormalizer QUANTITIES = new QuantityNormalizer();
    private static final RetryExceptionPredicate RETRYABLE = new RetryExceptionPredicate();
    /** A deadlock or a cluster's leader switch: the transaction is retried as a whole, at most this often. */
    private static final int ATTEMPTS = 5;
    private static final String MEMORY_LIMIT = "Neo.TransientError.General.MemoryPoolOutOfMemoryError";

    private final Neo4jClient client;
    private final TransactionTemplate transactions;

    DocumentWriter(Neo4jClient client, PlatformTransactionManager transactionManager,
                   GraphSchemaMigrations.AppliedSchema schema) {
        this.client = client;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** What a write did, and the change-log number it took (0 when nothing changed). */
    public record Written(Outcome outcome, long changeSequence) {
    }

    /**
     * A document to write: its key (the file's path relative to the ingest root, see
     * {@link DocumentKeys}), its extraction, and the SHA-256 of the file that tells an unchanged
     * re-ingest.
     */
    public record Draft(String documentId, PlanExtraction plan, String contentHash) {
    }

    /** Writes one document keyed by its file name, in a transaction of its own. */
    public Written write(PlanExtraction plan, String contentHash) {
        return writeAll(List.of(new Draft(plan.fileName(), plan, contentHash))).get(0);
    }

    /**
     * Writes the documents in one transaction: all of them, or, when the database refuses any of
     * them, none (the exception says why). Results come back in input order.
     */
    public List<Written> writeAll(List<Draft> drafts) {
        if (drafts.stream().map(Draft::documentId).distinct().count() != drafts.size()) {
            throw new IllegalArgumentException("a batch holds one document id at most once");
        }
        return inTransaction(() -> writeInTransaction(drafts));
    }

    /**
     * Deletes a document and everything only it held. Returns the change-log number the delete took,
     * or empty when there was no such document.
     */
    public OptionalLong delete(String documentId) {
        return inTransaction(() -> deleteDocuments(List.of(documentId)).isEmpty()
                ? OptionalLong.empty()
                : OptionalLong.of(DocumentChanges.record(client, List.of(documentId))));
    }

    /** Runs the work in one transaction, again from the start when the database reports a transient failure. */
    private <T> T inTransaction(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> work.get());
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !RETRYABLE.test(e) || overMemoryLimit(e)) {
                    throw e;
                }
                log.debug("transient failure, attempt {} of {}: {}", attempt, ATTEMPTS, e.getMessage());
                pause(attempt);
            }
        }
    }

    /** A random pause that grows with the attempt, so two transactions that deadlocked do not meet again at once. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50) * (1L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a write", e);
        }
    }

    /**
     * The database reports a transaction over its memory limit as transient, but the same batch
     * needs the same memory the next time: the caller splits it instead.
     */
    private static boolean overMemoryLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Neo4jException neo4j && MEMORY_LIMIT.equals(neo4j.code())) {
                return true;
            }
        }
        return false;
    }

    private List<Written> writeInTransaction(List<Draft> drafts) {
        var ids = drafts.stream().map(Draft::documentId).toList();
        var previous = new HashMap<String, String>();
        client.query("UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d.id AS id, d.contentHash AS hash")
                .bind(ids).to("ids").fetch().all()
                .forEach(row -> previous.put((String) row.get("id"), (String) row.get("hash")));

        var changed = drafts.stream()
                .filter(d -> !d.contentHash().equals(previous.get(d.documentId())))
                .toList();
        if (changed.isEmpty()) {
            return drafts.stream().map(d -> new Written(Outcome.UNCHANGED, 0)).toList();
        }
        var replaced = changed.stream().map(Draft::documentId).filter(previous::containsKey).toList();
        if (!replaced.isEmpty()) {
            deleteDocuments(replaced);
        }
        create(changed);
        // Last in the transaction: the other instances' search indexes follow these numbers, which
        // are consecutive in the order of the list.
        var changedIds = changed.stream().map(Draft::documentId).toList();
        long last = DocumentChanges.record(client, changedIds);
        var sequences = new HashMap<String, Long>();
        for (int i = 0; i < changedIds.size(); i++) {
            sequences.put(changedIds.get(i), last - changedIds.size() + 1 + i);
        }
        return drafts.stream().map(d -> !sequences.containsKey(d.documentId())
                ? new Written(Outcome.UNCHANGED, 0)
                : new Written(previous.containsKey(d.documentId()) ? Outcome.REPLACED : Outcome.CREATED,
                        sequences.get(d.documentId()))).toList();
    }

    /** Deletes the documents that exist among these ids, and what only they held; returns the ids deleted. */
    private List<String> deleteDocuments(List<String> ids) {
        var rows = client.query("""
                UNWIND $ids AS id
                MATCH (d:Document {id: id})
                OPTIONAL MATCH (d)-[:HAS_TASK]->(t:Task)
                OPTIONAL MATCH (t)-[:DUE]->(dl:Deadline)
                WITH d, collect(DISTINCT t) AS tasks, collect(DISTINCT dl) AS deadlines
                OPTIONAL MATCH (d)-[:SETS]->(g:Target)
                WITH d, tasks, deadlines, collect(DISTINCT g) AS targets
                OPTIONAL MATCH (d)-[:NAMES|MENTIONS|OF_CITY]->(shared)
                WITH d, d.id AS id, tasks, deadlines, targets, collect(DISTINCT shared) AS shared
                FOREACH (n IN tasks + targets | DETACH DELETE n)
                DETACH DELETE d
                RETURN id, [n IN deadlines + shared | elementId(n)] AS candidates
                """).bind(ids).to("ids").fetch().all();
        if (rows.isEmpty()) {
            return List.of();
        }
        var candidates = new LinkedHashSet<String>();
        var deleted = new ArrayList<String>();
        for (var row : rows) {
            deleted.add((String) row.get("id"));
            for (Object candidate : (List<?>) row.get("candidates")) {
                candidates.add((String) candidate);
            }
        }
        removeOrphans(List.copyOf(candidates));
        return deleted;
    }

    /**
     * Shared nodes survive while something still uses them: a deadline a task is due by, a
     * department or project some document names, a city that has documents or departments.
     */
    private void removeOrphans(List<String> candidates) {
        client.query("""
                UNWIND $ids AS eid
                MATCH (n) WHERE elementId(n) = eid
                WITH n
                WHERE (n:Deadline AND NOT EXISTS { (n)<-[:DUE]-() })
                   OR (n:Department AND NOT EXISTS { (n)<-[:NAMES|LED_BY|ASSIGNED_TO|SUPPORTED_BY]-() })
                   OR (n:Project AND NOT EXISTS { (n)<-[:MENTIONS]-() })
                DETACH DELETE n
                """).bind(candidates).to("ids").run();
        client.query("""
                UNWIND $ids AS eid
                MATCH (d:Department) WHERE elementId(d) = eid
                CALL (d) { """ + REFRESH_ALIASES + " }").bind(candidates).to("ids").run();
        client.query("""
                MATCH (c:City) WHERE NOT EXISTS { (c)<-[:OF_CITY]-() }
                  AND NOT EXISTS { (c)<-[:IN_CITY]-(:City)<-[:OF_CITY]-() }
                DETACH DELETE c
                """).run();
    }

    /** A task's link to each body of each role, in the order the text lists them: one subquery per role. */
    private static final String ROLE_LINKS = Map.of("leads", "LED_BY", "responsible", "ASSIGNED_TO", "supports", "SUPPORTED_BY")
            .entrySet().stream().sorted(Map.Entry.comparingByKey())
            .map(role -> """
                    CALL (n, t) {
                        UNWIND range(0, size(t.%1$s) - 1) AS i
                        MATCH (d:Department {id: t.%1$s[i]}) CREATE (n)-[:%2$s {ordinal: i}]->(d)
                    }
                    """.formatted(role.getKey(), role.getValue()))
            .collect(java.util.stream.Collectors.joining());

    /** A department's aliases are the union of the forms each document that names it used. */
    private static final String REFRESH_ALIASES = """
            OPTIONAL MATCH (d)<-[n:NAMES]-()
            WITH d, collect(n.aliases) AS forms
            SET d.aliases = reduce(acc = [], fs IN forms | acc + [f IN fs WHERE NOT f IN acc])
            """;

    /**
     * Creates the documents and everything they hold: one statement per kind of row, each row
     * carrying the id of its document, so the batch costs the same few statements as one document.
     */
    private void create(List<Draft> drafts) {
        var documents = new ArrayList<Map<String, Object>>();
        var departments = new ArrayList<Map<String, Object>>();
        var tasks = new ArrayList<Map<String, Object>>();
        var links = new ArrayList<Map<String, Object>>();
        var targets = new ArrayList<Map<String, Object>>();
        var projects = new ArrayList<Map<String, Object>>();
        for (var draft : drafts) {
            var id = draft.documentId();
            var plan = draft.plan();
            documents.add(document(draft));
            departments.addAll(departments(id, plan.departments()));
            var taskIds = taskIds(id, plan);
            var taskByNumber = taskIdsByNumber(plan, taskIds);
            tasks.addAll(tasks(id, plan, taskIds));
            links.addAll(parentLinks(plan, taskIds));
            targets.addAll(targets(id, plan, taskByNumber));
            projects.addAll(projects(id, plan, taskByNumber));
        }

        // The document belongs to the place it is issued for: a county's plan to the county, which lies in its city.
        client.query("""
                UNWIND $rows AS row
                CREATE (d:Document) SET d = row.doc, d.ingestedAt = datetime()
                WITH d, row WHERE row.place IS NOT NULL
                MERGE (c:City {id: row.place})
                ON CREATE SET c.name = row.place
                SET c.province = coalesce(c.province, row.province), c.level = row.placeLevel, c.parent = row.parent
                MERGE (d)-[:OF_CITY]->(c)
                WITH c, row WHERE row.parent IS NOT NULL
                MERGE (p:City {id: row.parent})
                ON CREATE SET p.name = row.parent, p.level = 'CITY'
                SET p.province = coalesce(p.province, row.province)
                MERGE (c)-[:IN_CITY]->(p)
                """).bind(documents).to("rows").run();

        client.query("""
                UNWIND $rows AS dep
                MATCH (doc:Document {id: dep.docId})
                MERGE (d:Department {id: dep.name})
                SET d.name = dep.name, d.type = dep.type, d.kind = dep.kind
                MERGE (doc)-[n:NAMES]->(d) SET n.aliases = dep.aliases
                WITH d, dep WHERE dep.city IS NOT NULL
                MERGE (c:City {id: dep.city}) ON CREATE SET c.name = dep.city, c.level = 'CITY'
                MERGE (d)-[:OF_CITY]->(c)
                """).bind(departments).to("rows").run();
        // Once per department of the batch, after every document of it has named the department.
        client.query("""
                UNWIND $names AS name
                MATCH (d:Department {id: name})
                CALL (d) { """ + REFRESH_ALIASES + " }")
                .bind(departments.stream().map(d -> d.get("name")).distinct().toList()).to("names").run();

        client.query("""
                UNWIND $rows AS t
                MATCH (doc:Document {id: t.docId})
                CREATE (n:Task) SET n = t.props
                CREATE (doc)-[:HAS_TASK]->(n)
                FOREACH (dl IN CASE WHEN t.deadline IS NULL THEN [] ELSE [t.deadline] END |
                    MERGE (d:Deadline {id: dl.id}) SET d += dl
                    CREATE (n)-[:DUE]->(d))
                WITH n, t
                """ + ROLE_LINKS).bind(tasks).to("rows").run();
        client.query("""
                UNWIND $rows AS link
                MATCH (child:Task {id: link.child})
                WITH child, link
                MATCH (parent:Task {id: link.parent})
                CREATE (child)-[:PART_OF]->(parent)
                """).bind(links).to("rows").run();

        client.query("""
                UNWIND $rows AS g
                MATCH (doc:Document {id: g.docId})
                CREATE (n:Target) SET n = g.props
                CREATE (doc)-[:SETS]->(n)
                WITH n, g WHERE g.task IS NOT NULL
                MATCH (t:Task {id: g.task})
                CREATE (t)-[:HAS_TARGET]->(n)
                """).bind(targets).to("rows").run();

        client.query("""
                UNWIND $rows AS p
                MATCH (doc:Document {id: p.docId})
                MERGE (n:Project {id: p.id})
                SET n += p.props
                MERGE (doc)-[:MENTIONS]->(n)
                WITH n, p
                CALL (n, p) {
                    WITH n, p WHERE p.city IS NOT NULL
                    MERGE (c:City {id: p.city}) ON CREATE SET c.name = p.city, c.level = 'CITY'
                    MERGE (n)-[:OF_CITY]->(c)
                }
                WITH n, p
                UNWIND p.tasks AS taskId
                MATCH (t:Task {id: taskId})
                MERGE (t)-[:MENTIONS]->(n)
                """).bind(projects).to("rows").run();
    }

    /** The document's own properties and its place; the file name is the base name of the path it came from. */
    private static Map<String, Object> document(Draft draft) {
        var plan = draft.plan();
        var facts = plan.facts();
        var doc = new HashMap<String, Object>();
        doc.put("id", draft.documentId());
        doc.put("fileName", DocumentKeys.fileNameOf(draft.documentId()));
        doc.put("title", facts.title());
        doc.put("kind", facts.kind().name());
        doc.put("province", facts.province());
        doc.put("level", facts.place().level().name());
        doc.put("docNumber", facts.docNumber());
        doc.put("issued", facts.issued());
        doc.put("periodStart", facts.periodStart());
        doc.put("periodEnd", facts.periodEnd());
        doc.put("planYear", facts.planYear());
        doc.put("text", plan.text());
        doc.put("contentHash", draft.contentHash());
        doc.put("warningKinds", plan.warnings().stream().map(w -> w.kind().name()).toList());
        doc.put("warningMessages", plan.warnings().stream().map(ExtractionWarning::message).toList());
        doc.put("warningStarts", plan.warnings().stream().map(ExtractionWarning::start).toList());
        doc.put("warningEnds", plan.warnings().stream().map(ExtractionWarning::end).toList());
        return params("doc", doc, "place", placeName(facts), "placeLevel", placeLevel(facts),
                "parent", parentCity(facts), "province", facts.province());
    }

    private static List<Map<String, Object>> departments(String documentId, List<Department> departments) {
        return departments.stream().map(d -> params(
                "docId", documentId, "name", d.name(), "type", d.type(), "kind", d.kind().name(), "city", d.city(),
                "aliases", d.aliases().stream().sorted().toList())).toList();
    }

    /** Task ids are the document id plus the numbering path; a repeated number gets a suffix. */
    private static List<String> taskIds(String documentId, PlanExtraction plan) {
        var seen = new HashSet<String>();
        var ids = new ArrayList<String>();
        for (var task : plan.tasks()) {
            var id = documentId + "#" + task.number();
            for (int n = 2; !seen.add(id); n++) {
                id = documentId + "#" + task.number() + "~" + n;
            }
            ids.add(id);
        }
        return ids;
    }

    private static List<Map<String, Object>> tasks(String documentId, PlanExtraction plan, List<String> ids) {
        var rows = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < plan.tasks().size(); i++) {
            Task t = plan.tasks().get(i);
            var props = params("id", ids.get(i), "number", t.number(), "title", t.title(), "text", t.text(),
                    "start", t.start(), "end", t.end(), "ordinal", i, "documentId", documentId,
                    "sortKey", sortKey(documentId, i));
            var range = RANGES.read(t.deadline(), plan.facts(), t.text()).orElse(null);
            rows.add(params("docId", documentId, "props", props, "deadline", deadline(t.deadline(), range),
                    "leads", t.leads(), "responsible", t.responsible(), "supports", t.supports()));
        }
        return rows;
    }

    /** Documents in file-name order, then tasks in reading order: one indexed string sorts both. */
    static String sortKey(String documentId, int ordinal) {
        return documentId + "\u0000" + "%06d".formatted(ordinal);
    }

    /**
     * Same text, kind, date and recurrence is the same deadline, shared by every task due then. The
     * key is a digest of those fields: the text can be long, and an indexed key must stay small.
     * Those fields also fix the range, except a SPAN, which starts with the plan ("期间", "5年内"):
     * its days join the key, so two plans' spans never share a node.
     */
    private static Map<String, Object> deadline(Deadline d, DueRange range) {
        if (d == null) {
            return null;
        }
        var key = String.join("|", d.kind().name(), Objects.toString(d.date(), ""),
                Objects.toString(d.recurrence(), ""), Objects.toString(d.text(), ""));
        if (range != null && range.precision() == DuePrecision.SPAN) {
            key += "|" + range.earliest() + "|" + range.latest();
        }
        return params("id", Digests.key(key), "text", d.text() == null ? "" : d.text(), "kind", d.kind().name(),
                "date", d.date(), "year", d.year(), "quarter", d.quarter(),
                "recurrence", d.recurrence() == null ? null : d.recurrence().name(),
                "earliest", range == null ? null : range.earliest(),
                "latest", range == null ? null : range.latest(),
                "precision", range == null ? null : range.precision().name());
    }


    private static List<Map<String, Object>> parentLinks(PlanExtraction plan, List<String> ids) {
        var byNumber = new HashMap<String, String>();
        var links = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < plan.tasks().size(); i++) {
            var number = plan.tasks().get(i).number();
            byNumber.putIfAbsent(number, ids.get(i));
            int dot = number.lastIndexOf('.');
            if (dot > 0 && byNumber.containsKey(number.substring(0, dot))) {
                links.add(Map.of("child", ids.get(i), "parent", byNumber.get(number.substring(0, dot))));
            }
        }
        return links;
    }

    private static List<Map<String, Object>> targets(String documentId, PlanExtraction plan, Map<String, String> taskByNumber) {
        var rows = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < plan.targets().size(); i++) {
            Target g = plan.targets().get(i);
            var props = params("id", documentId + "#target" + i, "text", g.text(), "start", g.start(),
                    "end", g.end(), "metric", g.metric(), "value", g.value(), "unit", g.unit(),
                    "comparator", g.comparator().name(), "yuan", g.yuan(), "period", g.period(),
                    "scope", g.scope(), "ordinal", i, "documentId", documentId,
                    "sortKey", sortKey(documentId, i));
            Quantity quantity = QUANTITIES.normalise(g.value(), g.unit()).orElse(null);
            props.put("quantity", quantity == null ? null : quantity.value());
            props.put("quantityUnit", quantity == null ? null : quantity.unit().name());
            props.put("metricKey", MetricFamilies.standard().keyOf(g.metric(), g.text(), quantity).orElse(null));
            rows.add(params("docId", documentId, "props", props, "task", taskByNumber.get(g.taskNumber())));
        }
        return rows;
    }

    /** The name of the place a document is issued for: its county, or its city; null for a national or provincial plan. */
    private static String placeName(DocumentFacts facts) {
        return facts.place().county() != null ? facts.place().county() : facts.city();
    }

    private static String placeLevel(DocumentFacts facts) {
        return facts.place().county() != null ? PlaceLevel.COUNTY.name() : PlaceLevel.CITY.name();
    }

    /** The city a county's plan lies in; null for a city's plan. */
    private static String parentCity(DocumentFacts facts) {
        return facts.place().county() != null ? facts.city() : null;
    }

    private static List<Map<String, Object>> projects(String documentId, PlanExtraction plan, Map<String, String> taskByNumber) {
        var city = placeName(plan.facts());
        var rows = new ArrayList<Map<String, Object>>();
        for (Project p : plan.projects()) {
            var props = new HashMap<String, Object>();
            props.put("name", p.name());
            props.put("status", p.status() == null ? null : p.status().name());
            if (p.investment() != null) {
                props.put("investmentValue", p.investment().value());
                props.put("investmentUnit", p.investment().unit());
                props.put("investmentComparator", p.investment().comparator().name());
                props.put("investmentYuan", p.investment().yuan());
            }
            var tasks = p.taskNumbers().stream().map(taskByNumber::get).filter(Objects::nonNull).toList();
            rows.add(params("docId", documentId, "id", projectId(city, p.name()), "props", props, "city", city, "tasks", tasks));
        }
        return rows;
    }

    /** A project is one per name per city: two plans of a city that name it describe the same project. */
    static String projectId(String city, String name) {
        return Digests.key((city == null ? "" : city) + "|" + name);
    }

    private static Map<String, String> taskIdsByNumber(PlanExtraction plan, List<String> ids) {
        var map = new HashMap<String, String>();
        for (int i = 0; i < ids.size(); i++) {
            map.putIfAbsent(plan.tasks().get(i).number(), ids.get(i));
        }
        return map;
    }

    /** Map.of refuses nulls; Cypher parameters need them. */
    private static Map<String, Object> params(Object... keyValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}

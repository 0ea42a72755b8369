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
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes one extracted plan into the graph in one transaction, so a document is either whole or
 * absent. A re-ingested file replaces what the document owns (tasks, targets, links) and keeps the
 * nodes it shares with other documents (cities, departments, deadlines, projects); shared nodes that
 * nothing points to any more are removed, so no orphan stays behind.
 */
@Component
public class DocumentWriter {

    public enum Outcome { CREATED, REPLACED, UNCHANGED }

    private static final DueRangeReader RANGES = new DueRangeReader();
    private static final QuantityNormalizer QUANTITIES = new QuantityNormalizer();

    private final Driver driver;

    DocumentWriter(Driver driver, GraphSchemaMigrations.AppliedSchema schema) {
        this.driver = driver;
    }

    public Outcome write(PlanExtraction plan, String contentHash) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                var previous = tx.run("MATCH (d:Document {id: $id}) RETURN d.contentHash AS hash",
                        Map.of("id", plan.fileName())).list();
                if (!previous.isEmpty() && contentHash.equals(previous.get(0).get("hash").asString(null))) {
                    return Outcome.UNCHANGED;
                }
                if (!previous.isEmpty()) {
                    deleteDocument(tx, plan.fileName());
                }
                create(tx, plan, contentHash);
                return previous.isEmpty() ? Outcome.CREATED : Outcome.REPLACED;
            });
        }
    }

    /** Deletes a document and everything only it held. Returns false when there was no such document. */
    public boolean delete(String documentId) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> deleteDocument(tx, documentId));
        }
    }

    private static boolean deleteDocument(TransactionContext tx, String id) {
        var found = tx.run("""
                MATCH (d:Document {id: $id})
                OPTIONAL MATCH (d)-[:HAS_TASK]->(t:Task)
                OPTIONAL MATCH (t)-[:DUE]->(dl:Deadline)
                WITH d, collect(DISTINCT t) AS tasks, collect(DISTINCT dl) AS deadlines
                OPTIONAL MATCH (d)-[:SETS]->(g:Target)
                WITH d, tasks, deadlines, collect(DISTINCT g) AS targets
                OPTIONAL MATCH (d)-[:NAMES|MENTIONS|OF_CITY]->(shared)
                WITH d, tasks, deadlines, targets, collect(DISTINCT shared) AS shared
                FOREACH (n IN tasks + targets | DETACH DELETE n)
                DETACH DELETE d
                RETURN [n IN deadlines + shared | elementId(n)] AS candidates
                """, Map.of("id", id)).list();
        if (found.isEmpty()) {
            return false;
        }
        var candidates = found.get(0).get("candidates").asList(v -> v.asString());
        removeOrphans(tx, candidates);
        return true;
    }

    /**
     * Shared nodes survive while something still uses them: a deadline a task is due by, a
     * department or project some document names, a city that has documents or departments.
     */
    private static void removeOrphans(TransactionContext tx, List<String> candidates) {
        tx.run("""
                UNWIND $ids AS eid
                MATCH (n) WHERE elementId(n) = eid
                WITH n
                WHERE (n:Deadline AND NOT EXISTS { (n)<-[:DUE]-() })
                   OR (n:Department AND NOT EXISTS { (n)<-[:NAMES|LED_BY|ASSIGNED_TO|SUPPORTED_BY]-() })
                   OR (n:Project AND NOT EXISTS { (n)<-[:MENTIONS]-() })
                DETACH DELETE n
                """, Map.of("ids", candidates));
        tx.run("""
                UNWIND $ids AS eid
                MATCH (d:Department) WHERE elementId(d) = eid
                CALL (d) { """ + REFRESH_ALIASES + " }", Map.of("ids", candidates));
        tx.run("""
                MATCH (c:City) WHERE NOT EXISTS { (c)<-[:OF_CITY]-() }
                  AND NOT EXISTS { (c)<-[:IN_CITY]-(:City)<-[:OF_CITY]-() }
                DETACH DELETE c
                """);
    }

    /** A department's aliases are the union of the forms each document that names it used. */
    private static final String REFRESH_ALIASES = """
            OPTIONAL MATCH (d)<-[n:NAMES]-()
            WITH d, collect(n.aliases) AS forms
            SET d.aliases = reduce(acc = [], fs IN forms | acc + [f IN fs WHERE NOT f IN acc])
            """;

    private static void create(TransactionContext tx, PlanExtraction plan, String contentHash) {
        var facts = plan.facts();
        var doc = new HashMap<String, Object>();
        doc.put("id", plan.fileName());
        doc.put("fileName", plan.fileName());
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
        doc.put("contentHash", contentHash);
        doc.put("warningKinds", plan.warnings().stream().map(w -> w.kind().name()).toList());
        doc.put("warningMessages", plan.warnings().stream().map(ExtractionWarning::message).toList());
        doc.put("warningStarts", plan.warnings().stream().map(ExtractionWarning::start).toList());
        doc.put("warningEnds", plan.warnings().stream().map(ExtractionWarning::end).toList());
        // The document belongs to the place it is issued for: a county's plan to the county, which lies in its city.
        tx.run("""
                CREATE (d:Document) SET d = $doc, d.ingestedAt = datetime()
                WITH d WHERE $place IS NOT NULL
                MERGE (c:City {id: $place})
                ON CREATE SET c.name = $place
                SET c.province = coalesce(c.province, $province), c.level = $placeLevel, c.parent = $parent
                MERGE (d)-[:OF_CITY]->(c)
                WITH c WHERE $parent IS NOT NULL
                MERGE (p:City {id: $parent})
                ON CREATE SET p.name = $parent, p.level = 'CITY'
                SET p.province = coalesce(p.province, $province)
                MERGE (c)-[:IN_CITY]->(p)
                """, params("doc", doc, "place", placeName(facts), "placeLevel", placeLevel(facts),
                        "parent", parentCity(facts), "province", facts.province()));

        tx.run("""
                MATCH (doc:Document {id: $docId})
                UNWIND $departments AS dep
                MERGE (d:Department {id: dep.name})
                SET d.name = dep.name, d.type = dep.type, d.kind = dep.kind
                MERGE (doc)-[n:NAMES]->(d) SET n.aliases = dep.aliases
                WITH d, dep
                CALL (d) { """ + REFRESH_ALIASES + """
                }
                WITH d, dep WHERE dep.city IS NOT NULL
                MERGE (c:City {id: dep.city}) ON CREATE SET c.name = dep.city, c.level = 'CITY'
                MERGE (d)-[:OF_CITY]->(c)
                """, Map.of("docId", plan.fileName(), "departments", departments(plan.departments())));

        var taskIds = taskIds(plan);
        var taskByNumber = taskIdsByNumber(plan, taskIds);
        tx.run("""
                MATCH (doc:Document {id: $docId})
                UNWIND $tasks AS t
                CREATE (n:Task) SET n = t.props
                CREATE (doc)-[:HAS_TASK]->(n)
                FOREACH (dl IN CASE WHEN t.deadline IS NULL THEN [] ELSE [t.deadline] END |
                    MERGE (d:Deadline {id: dl.id}) SET d += dl
                    CREATE (n)-[:DUE]->(d))
                WITH n, t
                CALL (n, t) {
                    UNWIND range(0, size(t.leads) - 1) AS i
                    MATCH (d:Department {id: t.leads[i]}) CREATE (n)-[:LED_BY {ordinal: i}]->(d)
                }
                CALL (n, t) {
                    UNWIND range(0, size(t.responsible) - 1) AS i
                    MATCH (d:Department {id: t.responsible[i]}) CREATE (n)-[:ASSIGNED_TO {ordinal: i}]->(d)
                }
                CALL (n, t) {
                    UNWIND range(0, size(t.supports) - 1) AS i
                    MATCH (d:Department {id: t.supports[i]}) CREATE (n)-[:SUPPORTED_BY {ordinal: i}]->(d)
                }
                """, Map.of("docId", plan.fileName(), "tasks", tasks(plan, taskIds)));
        tx.run("""
                UNWIND $links AS link
                MATCH (child:Task {id: link.child}), (parent:Task {id: link.parent})
                CREATE (child)-[:PART_OF]->(parent)
                """, Map.of("links", parentLinks(plan, taskIds)));

        tx.run("""
                MATCH (doc:Document {id: $docId})
                UNWIND $targets AS g
                CREATE (n:Target) SET n = g.props
                CREATE (doc)-[:SETS]->(n)
                WITH n, g WHERE g.task IS NOT NULL
                MATCH (t:Task {id: g.task})
                CREATE (t)-[:HAS_TARGET]->(n)
                """, Map.of("docId", plan.fileName(), "targets", targets(plan, taskByNumber)));

        tx.run("""
                MATCH (doc:Document {id: $docId})
                UNWIND $projects AS p
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
                """, Map.of("docId", plan.fileName(), "projects", projects(plan, taskByNumber)));
    }

    private static List<Map<String, Object>> departments(List<Department> departments) {
        return departments.stream().map(d -> params(
                "name", d.name(), "type", d.type(), "kind", d.kind().name(), "city", d.city(),
                "aliases", d.aliases().stream().sorted().toList())).toList();
    }

    /** Task ids are the document id plus the numbering path; a repeated number gets a suffix. */
    private static List<String> taskIds(PlanExtraction plan) {
        var seen = new HashSet<String>();
        var ids = new ArrayList<String>();
        for (var task : plan.tasks()) {
            var id = plan.fileName() + "#" + task.number();
            for (int n = 2; !seen.add(id); n++) {
                id = plan.fileName() + "#" + task.number() + "~" + n;
            }
            ids.add(id);
        }
        return ids;
    }

    private static List<Map<String, Object>> tasks(PlanExtraction plan, List<String> ids) {
        var rows = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < plan.tasks().size(); i++) {
            Task t = plan.tasks().get(i);
            var props = params("id", ids.get(i), "number", t.number(), "title", t.title(), "text", t.text(),
                    "start", t.start(), "end", t.end(), "ordinal", i, "documentId", plan.fileName(),
                    "sortKey", sortKey(plan.fileName(), i));
            var range = RANGES.read(t.deadline(), plan.facts(), t.text()).orElse(null);
            rows.add(params("props", props, "deadline", deadline(t.deadline(), range),
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

    private static List<Map<String, Object>> targets(PlanExtraction plan, Map<String, String> taskByNumber) {
        var rows = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < plan.targets().size(); i++) {
            Target g = plan.targets().get(i);
            var props = params("id", plan.fileName() + "#target" + i, "text", g.text(), "start", g.start(),
                    "end", g.end(), "metric", g.metric(), "value", g.value(), "unit", g.unit(),
                    "comparator", g.comparator().name(), "yuan", g.yuan(), "period", g.period(),
                    "scope", g.scope(), "ordinal", i, "documentId", plan.fileName(),
                    "sortKey", sortKey(plan.fileName(), i));
            Quantity quantity = QUANTITIES.normalise(g.value(), g.unit()).orElse(null);
            props.put("quantity", quantity == null ? null : quantity.value());
            props.put("quantityUnit", quantity == null ? null : quantity.unit().name());
            props.put("metricKey", MetricFamilies.standard().keyOf(g.metric(), g.text(), quantity).orElse(null));
            rows.add(params("props", props, "task", taskByNumber.get(g.taskNumber())));
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

    private static List<Map<String, Object>> projects(PlanExtraction plan, Map<String, String> taskByNumber) {
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
            rows.add(params("id", projectId(city, p.name()), "props", props, "city", city, "tasks", tasks));
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

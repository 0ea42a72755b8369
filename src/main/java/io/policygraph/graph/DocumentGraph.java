package io.policygraph.graph;

import org.neo4j.cypherdsl.core.Cypher;
import org.springframework.stereotype.Service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads documents and what hangs off them. */
@Service
public class DocumentGraph {

    /** Everything but the text, which can be long and is loaded only when asked for. */
    private static final String FACTS = "d {.id, .fileName, .title, .kind, .level, .province, .docNumber, .issued, .periodStart, .periodEnd, .planYear}";
    private static final String ITEM = "{node: " + FACTS + ", city: [(d)-[:OF_CITY]->(c) | c.name][0]}";

    private final GraphClient cypher;

    DocumentGraph(GraphClient cypher) {
        this.cypher = cypher;
    }

    /** A page of documents by file name after {@code after} (a position of this list; null for the first), each projected with {@code selection}: one statement. */
    public Page<Map<String, Object>> page(Criteria.Documents filter, Selection selection, Map<String, Object> after,
                                          int limit, boolean countAll) {
        var parameters = new Projections.Parameters();
        var projections = new Projections(parameters);
        return new PagedRead(Projections.DOCUMENT, (d, from) -> {
            var condition = Conditions.and(Conditions.document(projections, parameters, d, filter), from);
            return condition == null ? Cypher.match(d) : Cypher.match(d).where(condition);
        }, d -> List.of(PagedRead.Key.ascending(d, "id")))
                .run(cypher, projections, parameters, selection, after, limit, countAll);
    }

    public Map<String, DocumentNode> byIds(Collection<String> ids) {
        return cypher.read("MATCH (d:Document) WHERE d.id IN $ids RETURN " + ITEM + " AS v",
                        Map.of("ids", List.copyOf(ids))).stream()
                .map(r -> NodeMapping.document(r.get("v").get("node"), r.get("v").get("city").asString(null)))
                .collect(Collectors.toMap(DocumentNode::key, d -> d));
    }

    /** The normalised texts of documents, by id. */
    public Map<String, String> texts(Collection<String> ids) {
        return cypher.read("MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS id, d.text AS text",
                        Map.of("ids", List.copyOf(ids))).stream()
                .collect(Collectors.toMap(r -> r.get("id").asString(), r -> r.get("text").asString()));
    }

    /** The audit's warnings of documents, by id, in text order. */
    public Map<String, List<WarningNode>> warnings(Collection<String> ids) {
        return cypher.read("""
                        MATCH (d:Document) WHERE d.id IN $ids
                        RETURN d.id AS id, coalesce(d.warningKinds, []) AS kinds, coalesce(d.warningMessages, []) AS messages,
                               coalesce(d.warningStarts, []) AS starts, coalesce(d.warningEnds, []) AS ends,
                               [i IN range(0, size(coalesce(d.warningStarts, [])) - 1)
                                   | substring(d.text, d.warningStarts[i], d.warningEnds[i] - d.warningStarts[i])] AS spans
                        """, Map.of("ids", List.copyOf(ids))).stream()
                .collect(Collectors.toMap(r -> r.get("id").asString(), r -> {
                    String id = r.get("id").asString();
                    var kinds = r.get("kinds").asList(v -> v.asString());
                    var messages = r.get("messages").asList(v -> v.asString());
                    var starts = r.get("starts").asList(v -> v.asInt());
                    var ends = r.get("ends").asList(v -> v.asInt());
                    var spans = r.get("spans").asList(v -> v.asString());
                    return java.util.stream.IntStream.range(0, kinds.size())
                            .mapToObj(i -> new WarningNode(kinds.get(i), messages.get(i),
                                    new SourceSpan(id, starts.get(i), ends.get(i), spans.get(i))))
                            .toList();
                }));
    }

    public long count() {
        return cypher.read("MATCH (d:Document) RETURN count(d) AS n", Map.of()).get(0).get("n").asLong();
    }

    /** Documents of each city, in file-name order. */
    public Map<String, List<DocumentNode>> ofCities(Collection<String> cities) {
        return cypher.grouped("""
                MATCH (c:City)<-[:OF_CITY]-(d:Document) WHERE c.name IN $keys
                WITH c, d ORDER BY d.id
                RETURN c.name AS key, collect({node: %s, city: c.name}) AS items
                """.formatted(FACTS), cities, v -> NodeMapping.document(v.get("node"), v.get("city").asString(null)));
    }

    /** Documents that mention each project. */
    public Map<String, List<DocumentNode>> mentioning(Collection<String> projectIds) {
        return cypher.grouped("""
                MATCH (p:Project)<-[:MENTIONS]-(d:Document) WHERE p.id IN $keys
                WITH p, d ORDER BY d.id
                RETURN p.id AS key, collect(%s) AS items
                """.formatted(ITEM), projectIds, v -> NodeMapping.document(v.get("node"), v.get("city").asString(null)));
    }

}

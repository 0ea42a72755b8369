package io.policygraph.graph;

import org.springframework.stereotype.Service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads documents and what hangs off them. */
@Service
public class DocumentGraph {

    /** Everything but the text, which can be long and is loaded only when asked for. */
    private static final String FACTS = "d {.id, .fileName, .title, .kind, .province, .docNumber, .issued, .periodStart, .periodEnd, .planYear}";
    private static final String ITEM = "{node: " + FACTS + ", city: [(d)-[:OF_CITY]->(c) | c.name][0]}";

    private final Cypher cypher;

    DocumentGraph(Cypher cypher) {
        this.cypher = cypher;
    }

    public Page<DocumentNode> page(Filters.DocumentFilter filter, long offset, int limit, boolean countAll) {
        var f = filter == null ? new Filters.DocumentFilter(null, null, null) : filter;
        var where = new Where()
                .when(f.cities(), "EXISTS { (d)-[:OF_CITY]->(c:City) WHERE c.name IN $cities }", "cities")
                .when(f.kinds(), "d.kind IN $kinds", "kinds")
                .when(f.planYear(), "d.planYear = $planYear", "planYear");
        return PageQuery.run(cypher, "MATCH (d:Document)", where, "d.id", ITEM, offset, limit, countAll,
                v -> NodeMapping.document(v.get("node"), v.get("city").asString(null)));
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

    public long count() {
        return cypher.read("MATCH (d:Document) RETURN count(d) AS n", Map.of()).get(0).get("n").asLong();
    }

    /** Documents of each city, in file-name order. */
    public Map<String, List<DocumentNode>> ofCities(Collection<String> cities) {
        return grouped("""
                MATCH (c:City)<-[:OF_CITY]-(d:Document) WHERE c.name IN $keys
                WITH c, d ORDER BY d.id
                RETURN c.name AS key, collect({node: %s, city: c.name}) AS items
                """.formatted(FACTS), cities);
    }

    /** Documents that mention each project. */
    public Map<String, List<DocumentNode>> mentioning(Collection<String> projectIds) {
        return grouped("""
                MATCH (p:Project)<-[:MENTIONS]-(d:Document) WHERE p.id IN $keys
                WITH p, d ORDER BY d.id
                RETURN p.id AS key, collect(%s) AS items
                """.formatted(ITEM), projectIds);
    }

    private Map<String, List<DocumentNode>> grouped(String query, Collection<String> keys) {
        return cypher.read(query, Map.of("keys", List.copyOf(keys))).stream().collect(Collectors.toMap(
                r -> r.get("key").asString(),
                r -> r.get("items").asList(v -> NodeMapping.document(v.get("node"), v.get("city").asString(null)))));
    }
}

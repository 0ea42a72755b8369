package io.policygraph.graph;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.types.Node;

import java.time.LocalDate;

/** Turns stored nodes into the records the API serves. */
final class NodeMapping {

    private NodeMapping() {
    }

    static DocumentNode document(MapAccessor n, String cityName) {
        return new DocumentNode(str(n, "id"), str(n, "fileName"), str(n, "title"), str(n, "kind"), cityName,
                str(n, "province"), str(n, "docNumber"), date(n, "issued"), date(n, "periodStart"),
                date(n, "periodEnd"), integer(n, "planYear"), str(n, "level"));
    }

    static CityNode city(Node n) {
        String level = str(n, "level");
        return new CityNode(str(n, "name"), str(n, "province"), level == null ? "CITY" : level, str(n, "parent"));
    }

    static DepartmentNode department(Node n, String cityName) {
        return new DepartmentNode(str(n, "name"), n.get("aliases").asList(Value::asString, java.util.List.of()),
                str(n, "type"), str(n, "kind"), cityName);
    }

    static TaskNode task(Node n) {
        return new TaskNode(str(n, "id"), str(n, "documentId"), str(n, "number"), str(n, "title"), str(n, "text"),
                n.get("start").asInt(), n.get("end").asInt());
    }

    static DeadlineNode deadline(Node n) {
        return new DeadlineNode(str(n, "id"), str(n, "text"), str(n, "kind"), date(n, "date"), integer(n, "year"),
                integer(n, "quarter"), str(n, "recurrence"), date(n, "earliest"), date(n, "latest"), str(n, "precision"));
    }

    static TargetNode target(Node n) {
        return new TargetNode(str(n, "id"), str(n, "documentId"), str(n, "text"), str(n, "metric"),
                n.get("value").asDouble(), str(n, "unit"), str(n, "comparator"),
                n.get("yuan").isNull() ? null : n.get("yuan").asDouble(), str(n, "period"), str(n, "scope"),
                n.get("start").asInt(), n.get("end").asInt(),
                n.get("quantity").isNull() ? null : n.get("quantity").asDouble(), str(n, "quantityUnit"), str(n, "metricKey"));
    }

    static ProjectNode project(Node n, String cityName) {
        var investment = n.get("investmentValue").isNull() ? null : new ProjectNode.AmountView(
                n.get("investmentValue").asDouble(), str(n, "investmentUnit"), str(n, "investmentComparator"),
                n.get("investmentYuan").isNull() ? null : n.get("investmentYuan").asDouble());
        return new ProjectNode(str(n, "id"), str(n, "name"), cityName, investment, str(n, "status"));
    }

    private static String str(MapAccessor n, String key) {
        return n.get(key).asString(null);
    }

    private static Integer integer(MapAccessor n, String key) {
        var v = n.get(key);
        return v.isNull() ? null : v.asInt();
    }

    private static LocalDate date(MapAccessor n, String key) {
        var v = n.get(key);
        return v.isNull() ? null : v.asLocalDate();
    }
}

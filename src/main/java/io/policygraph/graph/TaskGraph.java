package io.policygraph.graph;

import org.neo4j.cypherdsl.core.Cypher;
import org.springframework.stereotype.Service;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads tasks, their roles and deadlines. */
@Service
public class TaskGraph {

    /** How a task list is sorted: reading order (document file name, then position), or deadline first. */
    public enum Sort { READING, DEADLINE }

    /** A department's part in a task. */
    public enum Role {
        LEAD("LED_BY"), RESPONSIBLE("ASSIGNED_TO"), SUPPORT("SUPPORTED_BY");

        final String relationship;

        Role(String relationship) {
            this.relationship = relationship;
        }
    }

    /** The departments of a task, per role, in the order the text names them. */
    public record TaskRoles(List<DepartmentNode> leads, List<DepartmentNode> responsible, List<DepartmentNode> supports) {
        static final TaskRoles NONE = new TaskRoles(List.of(), List.of(), List.of());
    }

    private final GraphClient cypher;

    TaskGraph(GraphClient cypher) {
        this.cypher = cypher;
    }

    /** A page of tasks after {@code after} (a position of this list; null for the first), each projected with {@code selection}: one statement. */
    public Page<Map<String, Object>> page(Criteria.Tasks filter, Sort sort, Selection selection,
                                          Map<String, Object> after, int limit, boolean countAll) {
        var parameters = new Projections.Parameters();
        var projections = new Projections(parameters);
        boolean reading = sort != Sort.DEADLINE;
        return new PagedRead(Projections.TASK, (t, from) -> {
            var condition = Conditions.task(projections, parameters, t, filter);
            if (reading && from == null) {
                // A condition the planner answers from the sort-key index walks it in order and stops at the
                // page; after a position, the keyset's "sortKey > $v" is that condition.
                condition = Conditions.and(t.property("sortKey").isNotNull(), condition);
            }
            condition = Conditions.and(condition, from);
            return condition == null ? Cypher.match(t) : Cypher.match(t).where(condition);
        }, t -> {
            // The sort key (file name, then position) is unique: it alone names a row.
            var sortKey = PagedRead.Key.ascending(t, "sortKey");
            if (reading) {
                return List.of(sortKey);
            }
            // The deadline's date as ISO text, which sorts as the date does and survives a cursor unchanged.
            var x = Cypher.node("Deadline").named(projections.variable("due"));
            var date = Cypher.toString(Cypher.head(Cypher.listBasedOn(t.relationshipTo(x, "DUE")).returning(x.property("date"))));
            return List.of(new PagedRead.Key("due", date, false, true), sortKey);
        }).run(cypher, projections, parameters, selection, after, limit, countAll);
    }

    public Map<String, TaskNode> byIds(Collection<String> ids) {
        return cypher.read("MATCH (t:Task) WHERE t.id IN $ids RETURN t", Map.of("ids", List.copyOf(ids))).stream()
                .map(r -> NodeMapping.task(r.get("t").asNode()))
                .collect(Collectors.toMap(TaskNode::key, t -> t));
    }

    public Map<String, List<TaskNode>> ofDocuments(Collection<String> documentIds) {
        return cypher.grouped("""
                MATCH (d:Document)-[:HAS_TASK]->(t:Task) WHERE d.id IN $keys
                WITH d, t ORDER BY t.ordinal
                RETURN d.id AS key, collect(t) AS items
                """, documentIds, v -> NodeMapping.task(v.asNode()));
    }

    public Map<String, List<TaskNode>> ofDeadlines(Collection<String> deadlineIds) {
        return cypher.grouped("""
                MATCH (dl:Deadline)<-[:DUE]-(t:Task) WHERE dl.id IN $keys
                WITH dl, t ORDER BY t.sortKey
                RETURN dl.id AS key, collect(t) AS items
                """, deadlineIds, v -> NodeMapping.task(v.asNode()));
    }

    public Map<String, List<TaskNode>> ofProjects(Collection<String> projectIds) {
        return cypher.grouped("""
                MATCH (p:Project)<-[:MENTIONS]-(t:Task) WHERE p.id IN $keys
                WITH p, t ORDER BY t.sortKey
                RETURN p.id AS key, collect(t) AS items
                """, projectIds, v -> NodeMapping.task(v.asNode()));
    }

    /** Tasks of each department in a role (any role when null), optionally due in a window. */
    public Map<String, List<TaskNode>> ofDepartments(Collection<String> departmentNames, Role role,
                                                     Criteria.Due due) {
        var parameters = new Projections.Parameters();
        var projections = new Projections(parameters);
        var dep = Cypher.node("Department").named("dep");
        var t = Cypher.node("Task").named("t");
        var pattern = role == null ? dep.relationshipFrom(t, "LED_BY", "ASSIGNED_TO", "SUPPORTED_BY")
                : dep.relationshipFrom(t, role.relationship);
        var condition = Conditions.and(dep.property("name").in(parameters.of(List.copyOf(departmentNames))),
                Conditions.due(projections, parameters, t, due));
        var statement = Cypher.match(pattern).where(condition)
                .withDistinct(dep, t).orderBy(t.property("sortKey").ascending())
                .returning(dep.property("name").as("key"), Cypher.collect(t).as("items")).build();
        return cypher.grouped(statement, parameters, v -> NodeMapping.task(v.asNode()));
    }

    public Map<String, TaskRoles> roles(Collection<String> taskIds) {
        var result = new HashMap<String, TaskRoles>();
        for (var r : cypher.read("""
                MATCH (t:Task) WHERE t.id IN $ids
                RETURN t.id AS id,
                  COLLECT { MATCH (t)-[r:LED_BY]->(d) WITH d, r ORDER BY r.ordinal
                            RETURN {node: d, city: [(d)-[:OF_CITY]->(c) | c.name][0]} } AS leads,
                  COLLECT { MATCH (t)-[r:ASSIGNED_TO]->(d) WITH d, r ORDER BY r.ordinal
                            RETURN {node: d, city: [(d)-[:OF_CITY]->(c) | c.name][0]} } AS responsible,
                  COLLECT { MATCH (t)-[r:SUPPORTED_BY]->(d) WITH d, r ORDER BY r.ordinal
                            RETURN {node: d, city: [(d)-[:OF_CITY]->(c) | c.name][0]} } AS supports
                """, Map.of("ids", List.copyOf(taskIds)))) {
            result.put(r.get("id").asString(), new TaskRoles(
                    r.get("leads").asList(DepartmentGraph::fromItem),
                    r.get("responsible").asList(DepartmentGraph::fromItem),
                    r.get("supports").asList(DepartmentGraph::fromItem)));
        }
        taskIds.forEach(id -> result.putIfAbsent(id, TaskRoles.NONE));
        return result;
    }

    public Map<String, DeadlineNode> deadlines(Collection<String> taskIds) {
        return cypher.read("""
                        MATCH (t:Task)-[:DUE]->(dl:Deadline) WHERE t.id IN $ids
                        RETURN t.id AS id, dl
                        """, Map.of("ids", List.copyOf(taskIds))).stream()
                .collect(Collectors.toMap(r -> r.get("id").asString(), r -> NodeMapping.deadline(r.get("dl").asNode())));
    }

    public Map<String, DeadlineNode> deadlinesByIds(Collection<String> deadlineIds) {
        return cypher.read("MATCH (dl:Deadline) WHERE dl.id IN $ids RETURN dl",
                        Map.of("ids", List.copyOf(deadlineIds))).stream()
                .map(r -> NodeMapping.deadline(r.get("dl").asNode()))
                .collect(Collectors.toMap(DeadlineNode::key, d -> d));
    }

}

package io.policygraph.graph;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Parameter;
import org.neo4j.cypherdsl.core.RelationshipPattern;
import org.neo4j.cypherdsl.core.SortItem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Compiles a {@link Selection} into a map projection of one node: the plain fields asked for, and
 * every linked object folded in as a pattern comprehension (one object) or a COLLECT subquery (an
 * ordered list), recursively. The statement that carries it answers the whole selection at once, and
 * carries no property the client did not ask for.
 *
 * <p>Each type names its key (what global ids and fallback loads need) and the links it can fold;
 * a link it cannot fold is left out and answered by the API's batch loaders instead.
 */
final class Projections {

    /** Kinds of object a selection can be about, named as the GraphQL types are. */
    static final String TASK = "Task", DEPARTMENT = "Department", DOCUMENT = "Document", DEADLINE = "Deadline",
            CITY = "City", TARGET = "Target", PROJECT = "Project", SOURCE_SPAN = "SourceSpan";

    private final Parameters parameters;
    private int variables;

    Projections(Parameters parameters) {
        this.parameters = parameters;
    }

    /** A fresh variable name, so nested patterns never capture an outer one. */
    String variable(String prefix) {
        return prefix + (variables++);
    }

    /**
     * The projection of {@code node} (of {@code type}) for {@code selection}: always its key (as
     * {@code key}, or as {@code name} for the types keyed by name), then what was selected.
     */
    Expression of(String type, Node node, Selection selection) {
        var entries = new ArrayList<Object>();
        // Named types answer their key under its own name, once: a map never repeats a property.
        var key = keyProperty(type);
        entries.add(key.equals("name") ? "name" : "key");
        // Read by a dynamic lookup (n[$key]): a list in name order reads the name from the index, and Neo4j
        // 5.26's planner fails its own consistency check (seen with -ea) when an index-provided property is
        // projected again next to pattern comprehensions (as PagedRead's positions, for the same reason).
        entries.add(Cypher.property(node.getRequiredSymbolicName(), parameters.of(key)));
        for (var identity : identities(type)) {
            entries.add(identity);
            entries.add(node.property(identity.equals("parentName") ? "parent" : identity));
        }
        for (String field : selection.fields()) {
            var value = plainField(type, node, field);
            if (value != null && !entries.contains(field)) {
                entries.add(field);
                entries.add(value);
            }
        }
        for (var link : selection.links()) {
            var value = link(type, node, link);
            if (value != null) {
                entries.add(Selection.linkKey(link.key()));
                entries.add(value);
            }
        }
        return node.project(entries.toArray());
    }

    private static String keyProperty(String type) {
        return switch (type) {
            case DEPARTMENT, CITY -> "name";
            default -> "id";
        };
    }

    /** Properties a fallback load needs besides the key (the document a task or target is in, a place's city). */
    private static List<String> identities(String type) {
        return switch (type) {
            case TASK, TARGET -> List.of("documentId");
            case CITY -> List.of("parentName");
            default -> List.of();
        };
    }

    private Expression plainField(String type, Node n, String field) {
        return switch (type) {
            case TASK -> switch (field) {
                case "number", "title", "text" -> n.property(field);
                default -> null;
            };
            case DEPARTMENT -> switch (field) {
                case "name", "type", "kind" -> n.property(field);
                case "aliases" -> Cypher.coalesce(n.property("aliases"), Cypher.listOf());
                default -> null;
            };
            case DOCUMENT -> switch (field) {
                case "fileName", "title", "kind", "level", "province", "docNumber", "issued", "periodStart",
                     "periodEnd", "planYear", "text" -> n.property(field);
                default -> null;
            };
            case DEADLINE -> switch (field) {
                case "text", "kind", "date", "year", "quarter", "recurrence", "earliest", "latest", "precision" ->
                        n.property(field);
                default -> null;
            };
            case CITY -> switch (field) {
                case "name", "province" -> n.property(field);
                case "level" -> Cypher.coalesce(n.property("level"), Cypher.literalOf("CITY"));
                default -> null;
            };
            case TARGET -> switch (field) {
                case "text", "metric", "value", "unit", "comparator", "yuan", "period", "scope", "metricKey" ->
                        n.property(field);
                default -> null;
            };
            case PROJECT -> switch (field) {
                case "name", "status" -> n.property(field);
                case "investment" -> Cypher.caseExpression()
                        .when(n.property("investmentValue").isNull()).then(Cypher.literalNull())
                        .elseDefault(Cypher.mapOf("value", n.property("investmentValue"),
                                "unit", n.property("investmentUnit"),
                                "comparator", n.property("investmentComparator"),
                                "yuan", n.property("investmentYuan")));
                default -> null;
            };
            default -> null;
        };
    }

    private Expression link(String type, Node n, Selection.Link link) {
        var s = link.selection();
        return switch (type) {
            case TASK -> switch (link.field()) {
                case "document" -> one(DOCUMENT, s, x -> n.relationshipFrom(x, "HAS_TASK"));
                case "deadline" -> one(DEADLINE, s, x -> n.relationshipTo(x, "DUE"));
                case "leads" -> role(n, "LED_BY", s);
                case "responsible" -> role(n, "ASSIGNED_TO", s);
                case "supports" -> role(n, "SUPPORTED_BY", s);
                case "targets" -> many(TARGET, s, x -> n.relationshipTo(x, "HAS_TARGET"), x -> x.property("ordinal").ascending());
                case "projects" -> many(PROJECT, s, x -> n.relationshipTo(x, "MENTIONS"), x -> x.property("name").ascending());
                case "source" -> span(n, s, x -> n.relationshipFrom(x, "HAS_TASK"));
                default -> null;
            };
            case TARGET -> switch (link.field()) {
                case "document" -> one(DOCUMENT, s, x -> n.relationshipFrom(x, "SETS"));
                // The normalised quantity, when the target has one in a known unit.
                case "quantity" -> Cypher.caseExpression()
                        .when(n.property("quantity").isNull().or(n.property("quantityUnit").isNull())).then(Cypher.literalNull())
                        .elseDefault(Cypher.mapOf("value", n.property("quantity"), "unit", n.property("quantityUnit")));
                case "source" -> span(n, s, x -> n.relationshipFrom(x, "SETS"));
                default -> null;
            };
            case DEPARTMENT -> switch (link.field()) {
                case "city" -> one(CITY, s, x -> n.relationshipTo(x, "OF_CITY"));
                case "tasks" -> departmentTasks(n, link);
                default -> null;
            };
            case DOCUMENT -> switch (link.field()) {
                case "city" -> one(CITY, s, x -> n.relationshipTo(x, "OF_CITY"));
                case "tasks" -> many(TASK, s, x -> n.relationshipTo(x, "HAS_TASK"), x -> x.property("ordinal").ascending());
                case "targets" -> many(TARGET, s, x -> n.relationshipTo(x, "SETS"), x -> x.property("ordinal").ascending());
                case "departments" -> many(DEPARTMENT, s, x -> n.relationshipTo(x, "NAMES"), x -> x.property("name").ascending());
                case "projects" -> many(PROJECT, s, x -> n.relationshipTo(x, "MENTIONS"), x -> x.property("name").ascending());
                default -> null;
            };
            case DEADLINE -> "tasks".equals(link.field())
                    ? many(TASK, s, x -> n.relationshipFrom(x, "DUE"), x -> x.property("sortKey").ascending()) : null;
            case CITY -> switch (link.field()) {
                case "parent" -> one(CITY, s, x -> n.relationshipTo(x, "IN_CITY"));
                case "documents" -> many(DOCUMENT, s, x -> n.relationshipFrom(x, "OF_CITY"), x -> x.property("id").ascending());
                case "departments" -> many(DEPARTMENT, s, x -> n.relationshipFrom(x, "OF_CITY"), x -> x.property("name").ascending());
                default -> null;
            };
            case PROJECT -> switch (link.field()) {
                case "city" -> one(CITY, s, x -> n.relationshipTo(x, "OF_CITY"));
                case "documents" -> many(DOCUMENT, s, x -> n.relationshipFrom(x, "MENTIONS"), x -> x.property("id").ascending());
                case "tasks" -> many(TASK, s, x -> n.relationshipFrom(x, "MENTIONS"), x -> x.property("sortKey").ascending());
                default -> null;
            };
            default -> null;
        };
    }

    /** The one linked node (or null): a pattern comprehension, of which the first element is taken. */
    private Expression one(String type, Selection selection, Function<Node, RelationshipPattern> pattern) {
        var x = Cypher.node(label(type)).named(variable("x"));
        return Cypher.head(Cypher.listBasedOn(pattern.apply(x)).returning(of(type, x, selection)));
    }

    /** The linked nodes in a stable order: a COLLECT subquery, which (unlike a comprehension) can sort. */
    private Expression many(String type, Selection selection, Function<Node, RelationshipPattern> pattern,
                            Function<Node, SortItem> order) {
        var x = Cypher.node(label(type)).named(variable("x"));
        return Cypher.collect(Cypher.match(pattern.apply(x)).with(x).orderBy(order.apply(x))
                .returning(of(type, x, selection)).build());
    }

    /** The departments of a task in one role, in the order the text names them. */
    private Expression role(Node task, String relationship, Selection selection) {
        var x = Cypher.node(label(DEPARTMENT)).named(variable("x"));
        var r = task.relationshipTo(x, relationship).named(variable("r"));
        return Cypher.collect(Cypher.match(r).with(x, r).orderBy(r.property("ordinal").ascending())
                .returning(of(DEPARTMENT, x, selection)).build());
    }

    /** A department's tasks in one role (any when none is given), optionally due in a window. */
    private Expression departmentTasks(Node department, Selection.Link link) {
        var role = (TaskGraph.Role) link.arguments().get("role");
        var due = (Criteria.Due) link.arguments().get("due");
        var x = Cypher.node(label(TASK)).named(variable("x"));
        var pattern = role == null ? department.relationshipFrom(x, "LED_BY", "ASSIGNED_TO", "SUPPORTED_BY")
                : department.relationshipFrom(x, role.relationship);
        var dueCondition = Conditions.due(this, parameters, x, due);
        var match = dueCondition == null ? Cypher.match(pattern) : Cypher.match(pattern).where(dueCondition);
        return Cypher.collect(match.withDistinct(x).orderBy(x.property("sortKey").ascending())
                .returning(of(TASK, x, link.selection())).build());
    }

    /** Where a task or target stands: its span, and the document when asked for. */
    private Expression span(Node n, Selection selection, Function<Node, RelationshipPattern> toDocument) {
        var entries = new ArrayList<Object>(List.of("documentId", n.property("documentId"), "start", n.property("start"),
                "end", n.property("end"), "text", n.property("text")));
        for (var link : selection.links()) {
            if (link.field().equals("document")) {
                entries.add(Selection.linkKey(link.key()));
                entries.add(one(DOCUMENT, link.selection(), toDocument));
            }
        }
        return Cypher.mapOf(entries.toArray());
    }

    static String label(String type) {
        return type;
    }

    /**
     * Values passed as parameters, never spliced into the text, so equal shapes share one plan. They are
     * kept as they are made, so a statement is bound from here instead of from its catalog (a walk of the
     * whole statement, a tenth of a warm request's CPU).
     */
    static final class Parameters {
        private final Map<String, Object> values = new HashMap<>();

        <T> Parameter<T> of(T value) {
            String name = "p" + values.size();
            values.put(name, value);
            return Cypher.parameter(name, value);
        }

        /** Every value made so far by name; a statement may use fewer of them, which Neo4j ignores. */
        Map<String, Object> values() {
            return Collections.unmodifiableMap(values);
        }
    }
}

package io.policygraph.graph;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.StatementBuilder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The conditions of each filter, built with Cypher-DSL from only what the filter sets: the planner
 * sees a plain conjunction (and uses the indexes), never a chain of "$x IS NULL OR …". Values go in
 * as parameters.
 */
final class Conditions {

    private Conditions() {
    }

    /** The conditions on deadline node {@code dl} for a window, or null when it sets nothing. */
    static Condition dueOn(Projections.Parameters p, Node dl, Criteria.Due due) {
        if (due == null) {
            return null;
        }
        var all = new ArrayList<Condition>();
        if (due.year() != null) {
            all.add(dl.property("year").isEqualTo(p.of(due.year())));
        }
        if (due.quarter() != null) {
            all.add(dl.property("quarter").isEqualTo(p.of(due.quarter())));
        }
        if (due.from() != null) {
            all.add(dl.property("date").gte(p.of(due.from())));
        }
        if (due.to() != null) {
            all.add(dl.property("date").lte(p.of(due.to())));
        }
        // Ranges: an open range has no latest day, so "latest >= …" leaves it out on purpose.
        if (due.overlapsFrom() != null) {
            all.add(dl.property("latest").gte(p.of(due.overlapsFrom())));
        }
        if (due.overlapsTo() != null) {
            all.add(dl.property("latest").isNotNull()
                    .and(Cypher.coalesce(dl.property("earliest"), dl.property("latest")).lte(p.of(due.overlapsTo()))));
        }
        if (due.by() != null) {
            all.add(dl.property("latest").lte(p.of(due.by())));
        }
        return and(all);
    }

    /** Task {@code t} is due in the window: null when the window sets nothing. */
    static Condition due(Projections names, Projections.Parameters p, Node t, Criteria.Due due) {
        var dl = Cypher.node("Deadline").named(names.variable("dl"));
        var on = dueOn(p, dl, due);
        return on == null ? null : Cypher.match(t.relationshipTo(dl, "DUE")).where(on).asCondition();
    }

    static Condition task(Projections names, Projections.Parameters p, Node t, Criteria.Tasks filter) {
        if (filter == null) {
            return null;
        }
        var all = new ArrayList<Condition>();
        if (present(filter.cities())) {
            var d = Cypher.node("Document").named(names.variable("d"));
            all.add(inCities(names, p, d, filter.cities(), Cypher.match(t.relationshipFrom(d, "HAS_TASK"))));
        }
        add(all, due(names, p, t, filter.due()));
        if (filter.pastDeadlineBefore() != null) {
            var pd = Cypher.node("Deadline").named(names.variable("pd"));
            all.add(Cypher.match(t.relationshipTo(pd, "DUE"))
                    .where(pd.property("latest").lt(p.of(filter.pastDeadlineBefore()))).asCondition());
        }
        if (present(filter.leadDepartment())) {
            var ld = Cypher.node("Department").named(names.variable("ld"));
            var name = p.of(filter.leadDepartment());
            all.add(Cypher.match(t.relationshipTo(ld, "LED_BY"))
                    .where(ld.property("name").isEqualTo(name).or(name.in(ld.property("aliases")))).asCondition());
        }
        if (present(filter.leadDepartmentType())) {
            var ld = Cypher.node("Department").named(names.variable("ld"));
            all.add(Cypher.match(t.relationshipTo(ld, "LED_BY"))
                    .where(ld.property("type").isEqualTo(p.of(filter.leadDepartmentType()))).asCondition());
        }
        if (present(filter.department())) {
            var ad = Cypher.node("Department").named(names.variable("ad"));
            var name = p.of(filter.department());
            all.add(Cypher.match(t.relationshipTo(ad, "LED_BY", "ASSIGNED_TO", "SUPPORTED_BY"))
                    .where(ad.property("name").isEqualTo(name).or(name.in(ad.property("aliases")))).asCondition());
        }
        return and(all);
    }

    /** Department conditions other than leadsTasksDue, which decides where the read starts instead. */
    static Condition department(Projections names, Projections.Parameters p, Node dep, Criteria.Departments filter) {
        if (filter == null) {
            return null;
        }
        var all = new ArrayList<Condition>();
        if (present(filter.cities())) {
            all.add(inCities(names, p, dep, filter.cities()));
        }
        if (present(filter.type())) {
            all.add(dep.property("type").isEqualTo(p.of(filter.type())));
        }
        if (present(filter.kind())) {
            all.add(dep.property("kind").isEqualTo(p.of(filter.kind())));
        }
        return and(all);
    }

    static Condition document(Projections names, Projections.Parameters p, Node d, Criteria.Documents filter) {
        if (filter == null) {
            return null;
        }
        var all = new ArrayList<Condition>();
        if (present(filter.cities())) {
            all.add(inCities(names, p, d, filter.cities()));
        }
        if (present(filter.kinds())) {
            all.add(d.property("kind").in(p.of(filter.kinds())));
        }
        if (filter.planYear() != null) {
            all.add(d.property("planYear").isEqualTo(p.of(filter.planYear())));
        }
        return and(all);
    }

    static Condition target(Projections names, Projections.Parameters p, Node g, Criteria.Targets filter) {
        if (filter == null) {
            return null;
        }
        var all = new ArrayList<Condition>();
        if (present(filter.cities())) {
            var d = Cypher.node("Document").named(names.variable("d"));
            all.add(inCities(names, p, d, filter.cities(), Cypher.match(g.relationshipFrom(d, "SETS"))));
        }
        if (present(filter.metricKey())) {
            all.add(g.property("metricKey").isEqualTo(p.of(filter.metricKey())));
        }
        if (present(filter.quantityUnit())) {
            all.add(g.property("quantityUnit").isEqualTo(p.of(filter.quantityUnit())));
        }
        if (present(filter.metric())) {
            all.add(g.property("metric").contains(p.of(filter.metric())));
        }
        if (present(filter.unit())) {
            all.add(g.property("unit").isEqualTo(p.of(filter.unit())));
        }
        if (filter.year() != null) {
            all.add(g.property("period").startsWith(p.of(String.valueOf(filter.year()))));
        }
        if (filter.quarter() != null) {
            all.add(g.property("period").endsWith(p.of("-Q" + filter.quarter())));
        }
        return and(all);
    }

    static Condition project(Projections names, Projections.Parameters p, Node n, Criteria.Projects filter) {
        if (filter == null) {
            return null;
        }
        var all = new ArrayList<Condition>();
        if (present(filter.cities())) {
            all.add(inCities(names, p, n, filter.cities()));
        }
        if (present(filter.status())) {
            all.add(n.property("status").isEqualTo(p.of(filter.status())));
        }
        if (present(filter.name())) {
            all.add(n.property("name").contains(p.of(filter.name())));
        }
        return and(all);
    }

    /** {@code n} is of one of the cities, or of a county-level place that lies in one (IN_CITY). */
    private static Condition inCities(Projections names, Projections.Parameters p, Node n, List<String> cities) {
        return inCities(names, p, n, cities, null);
    }

    /** The same, for {@code n} reached by a leading match (a task's or target's document); null for none. */
    private static Condition inCities(Projections names, Projections.Parameters p, Node n, List<String> cities,
                                      StatementBuilder.OngoingReadingWithoutWhere leading) {
        var place = Cypher.node("City").named(names.variable("place"));
        var c = Cypher.node("City").named(names.variable("c"));
        var pattern = n.relationshipTo(place, "OF_CITY").relationshipTo(c, "IN_CITY").length(0, 1);
        var reading = leading == null ? Cypher.match(pattern) : leading.match(pattern);
        return reading.where(c.property("name").in(p.of(cities))).asCondition();
    }

    /** The conjunction, or null for none. */
    static Condition and(Collection<Condition> conditions) {
        return conditions.stream().reduce(Condition::and).orElse(null);
    }

    static Condition or(Condition a, Condition b) {
        return a == null ? b : b == null ? a : a.or(b);
    }

    static Condition and(Condition a, Condition b) {
        return a == null ? b : b == null ? a : a.and(b);
    }

    private static void add(List<Condition> all, Condition condition) {
        if (condition != null) {
            all.add(condition);
        }
    }

    private static boolean present(Object value) {
        return value != null && !(value instanceof Collection<?> c && c.isEmpty())
                && !(value instanceof String s && s.isBlank());
    }
}

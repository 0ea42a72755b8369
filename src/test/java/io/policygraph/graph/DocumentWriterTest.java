package io.policygraph.graph;

import io.policygraph.extract.Comparator;
import io.policygraph.extract.Deadline;
import io.policygraph.extract.DeadlineKind;
import io.policygraph.extract.Department;
import io.policygraph.extract.DepartmentKind;
import io.policygraph.extract.DocumentFacts;
import io.policygraph.extract.DocumentKind;
import io.policygraph.extract.PlanExtraction;
import io.policygraph.extract.Project;
import io.policygraph.extract.Target;
import io.policygraph.extract.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Writing, replacing and deleting documents on a real Neo4j, with shared nodes kept and orphans removed. */
class DocumentWriterTest {

    static Neo4j neo4j;
    static Driver driver;
    static DocumentWriter writer;

    @BeforeAll
    static void start() {
        neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
        driver = GraphDatabase.driver(neo4j.boltURI());
        writer = new DocumentWriter(Neo4jClient.create(driver), new Neo4jTransactionManager(driver),
                new GraphSchemaMigrations().appliedSchema(driver));
    }

    @AfterAll
    static void stop() {
        driver.close();
        neo4j.close();
    }

    @BeforeEach
    void empty() {
        run("MATCH (n) WHERE NOT n:__Neo4jMigration DETACH DELETE n");
    }

    @Test
    void aDocumentIsWrittenWithItsTasksRolesDeadlinesTargetsAndProjects() {
        assertThat(writer.write(plan("a.txt", "市发改委", "新光伏项目"), "h1").outcome()).isEqualTo(DocumentWriter.Outcome.CREATED);

        assertThat(count("MATCH (:Document {id: 'a.txt'})-[:HAS_TASK]->(t:Task) RETURN count(t)")).isEqualTo(2);
        assertThat(count("MATCH (:Task {number: '一'})-[:LED_BY]->(:Department {name: '某市发展和改革委员会'}) RETURN count(*)")).isEqualTo(1);
        assertThat(count("MATCH (:Task {number: '一.1'})-[:PART_OF]->(:Task {number: '一'}) RETURN count(*)")).isEqualTo(1);
        assertThat(count("MATCH (:Task)-[:DUE]->(d:Deadline {quarter: 4}) RETURN count(DISTINCT d)")).isEqualTo(1);
        assertThat(count("MATCH (:Task)-[:HAS_TARGET]->(:Target {unit: '亿元'}) RETURN count(*)")).isEqualTo(1);
        assertThat(count("MATCH (:Task)-[:MENTIONS]->(:Project)-[:OF_CITY]->(:City {name: '某市'}) RETURN count(*)")).isEqualTo(1);
        assertThat(count("MATCH (d:Department)-[:OF_CITY]->(:City) RETURN count(d)")).isEqualTo(2);
    }

    @Test
    void theSameContentAgainChangesNothing() {
        writer.write(plan("a.txt", "市发改委", "新光伏项目"), "h1");
        long before = count("MATCH (n) RETURN count(n)");

        assertThat(writer.write(plan("a.txt", "市发改委", "新光伏项目"), "h1").outcome()).isEqualTo(DocumentWriter.Outcome.UNCHANGED);
        assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(before);
    }

    @Test
    void aChangedDocumentReplacesWhatItOwnsAndKeepsWhatOthersShare() {
        writer.write(plan("a.txt", "市发改委", "新光伏项目"), "h1");
        writer.write(plan("b.txt", "市发展改革委", "新光伏项目"), "h2");

        assertThat(writer.write(plan("a.txt", "发改委", "另一项目"), "h3").outcome()).isEqualTo(DocumentWriter.Outcome.REPLACED);

        assertThat(count("MATCH (t:Task) RETURN count(t)")).isEqualTo(4);
        assertThat(count("MATCH (p:Project) RETURN count(p)")).as("the old project is still named by b.txt").isEqualTo(2);
        assertThat(aliases("某市发展和改革委员会")).containsExactlyInAnyOrder("发改委", "市发展改革委");
        assertThat(count("MATCH (d:Department) RETURN count(d)")).isEqualTo(2);
    }

    @Test
    void deletingTheLastDocumentLeavesNoOrphan() {
        writer.write(plan("a.txt", "市发改委", "新光伏项目"), "h1");
        writer.write(plan("b.txt", "市发改委", "新光伏项目"), "h2");

        assertThat(writer.delete("a.txt")).isPresent();
        assertThat(count("MATCH (p:Project) RETURN count(p)")).isEqualTo(1);
        assertThat(writer.delete("b.txt")).isPresent();
        assertThat(writer.delete("b.txt")).isEmpty();

        // What stays is bookkeeping: the change log's counter and its entry for each document id.
        assertThat(count("MATCH (n) WHERE NOT (n:__Neo4jMigration OR n:DocumentChange OR n:ChangeSequence) RETURN count(n)"))
                .isZero();
    }

    @Test
    void everyWriteAndDeleteTakesTheNextChangeNumberAndAnUnchangedWriteTakesNone() {
        long created = writer.write(plan("a.txt", "市发改委", "新光伏项目"), "h1").changeSequence();
        long other = writer.write(plan("b.txt", "市发改委", "新光伏项目"), "h2").changeSequence();
        var unchanged = writer.write(plan("a.txt", "市发改委", "新光伏项目"), "h1");
        long replaced = writer.write(plan("a.txt", "发改委", "另一项目"), "h3").changeSequence();
        long deleted = writer.delete("b.txt").orElseThrow();

        assertThat(unchanged.changeSequence()).isZero();
        assertThat(List.of(created, other, replaced, deleted)).isSorted().doesNotHaveDuplicates();
        var changes = new DocumentChanges(driver, null);
        assertThat(changes.after(created, 10)).extracting(DocumentChanges.Change::documentId, DocumentChanges.Change::deleted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a.txt", false), org.assertj.core.groups.Tuple.tuple("b.txt", true));
        assertThat(changes.after(deleted, 10)).isEmpty();
        assertThat(changes.head().sequence()).isEqualTo(deleted);
        assertThat(changes.countAfter(0)).isEqualTo(2);
    }

    @Test
    void aBatchIsWrittenInOneTransactionAndEachChangedDocumentTakesItsOwnNumber() {
        writer.write(plan("a.txt", "市发改委", "新光伏项目"), "h1");
        long before = new DocumentChanges(driver, null).head().sequence();

        var written = writer.writeAll(List.of(
                new DocumentWriter.Draft("a.txt", plan("a.txt", "市发改委", "新光伏项目"), "h1"),
                new DocumentWriter.Draft("2023/a.txt", plan("a.txt", "发改委", "另一项目"), "h2"),
                new DocumentWriter.Draft("b.txt", plan("b.txt", "市发展改革委", "新光伏项目"), "h3")));

        assertThat(written).extracting(DocumentWriter.Written::outcome).containsExactly(
                DocumentWriter.Outcome.UNCHANGED, DocumentWriter.Outcome.CREATED, DocumentWriter.Outcome.CREATED);
        assertThat(written).extracting(DocumentWriter.Written::changeSequence).containsExactly(0L, before + 1, before + 2);
        assertThat(count("MATCH (d:Document {fileName: 'a.txt'}) RETURN count(d)")).as("same name, two folders").isEqualTo(2);
        assertThat(count("MATCH (:Document {id: '2023/a.txt'})-[:HAS_TASK]->(t:Task) WHERE t.id STARTS WITH '2023/a.txt#' RETURN count(t)"))
                .isEqualTo(2);
        assertThat(count("MATCH (p:Project) RETURN count(p)")).isEqualTo(2);
        assertThat(aliases("某市发展和改革委员会")).containsExactlyInAnyOrder("市发改委", "发改委", "市发展改革委");
    }

    @Test
    void aBatchThatNamesOneDocumentTwiceIsRefusedWhole() {
        assertThatThrownBy(() -> writer.writeAll(List.of(
                new DocumentWriter.Draft("a.txt", plan("a.txt", "市发改委", "新光伏项目"), "h1"),
                new DocumentWriter.Draft("a.txt", plan("a.txt", "发改委", "另一项目"), "h2"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(count("MATCH (d:Document) RETURN count(d)")).isZero();
    }

    @Test
    void concurrentWritesTakeDistinctNumbersWithNoGap() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<Long>>();
            for (int i = 0; i < 16; i++) {
                var name = "c" + i + ".txt";
                futures.add(pool.submit(() -> writer.write(plan(name, "市发改委", "新光伏项目"), name).changeSequence()));
            }
            var numbers = new java.util.TreeSet<Long>();
            for (var f : futures) {
                numbers.add(f.get());
            }
            assertThat(numbers).hasSize(16);
            assertThat(numbers.last() - numbers.first()).isEqualTo(15);
        } finally {
            pool.shutdownNow();
        }
    }

    private static PlanExtraction plan(String file, String alias, String project) {
        var text = "一、加快项目建设。1.推进光伏。四季度完成投资10亿元。牵头单位:" + alias + " 配合单位:市财政局";
        var ndrc = new Department("某市发展和改革委员会", Set.of(alias), "发展和改革委员会", DepartmentKind.DEPARTMENT, "某市");
        var finance = new Department("某市财政局", Set.of("市财政局"), "财政局", DepartmentKind.DEPARTMENT, "某市");
        var q4 = new Deadline("四季度", DeadlineKind.QUARTER, LocalDate.of(2023, 12, 31), 2023, 4, null);
        var tasks = List.of(
                new Task("一", "加快项目建设", text, 0, text.length(), List.of(ndrc.name()), List.of(),
                        List.of(finance.name()), q4, List.of(project)),
                new Task("一.1", "推进光伏", text.substring(9, 14), 9, 14, List.of(ndrc.name()), List.of(), List.of(),
                        null, List.of()));
        var target = new Target("四季度完成投资10亿元", 14, 25, "投资", 10, "亿元", Comparator.EXACTLY, 1e9, "2023-Q4",
                "全市", "一");
        var facts = new DocumentFacts("某市方案", DocumentKind.ACTION_PLAN, "某市", "某省", null, null, null, null, 2023);
        return new PlanExtraction(file, text, facts, List.of(ndrc, finance), tasks, List.of(target),
                List.of(new Project(project, null, null, List.of("一"))));
    }

    private static long count(String query) {
        try (var session = driver.session()) {
            return session.run(query).single().get(0).asLong();
        }
    }

    private static List<String> aliases(String department) {
        try (var session = driver.session()) {
            return session.run("MATCH (d:Department {name: $n}) RETURN d.aliases", Map.of("n", department))
                    .single().get(0).asList(v -> v.asString());
        }
    }

    private static void run(String query) {
        try (var session = driver.session()) {
            session.run(query).consume();
        }
    }
}

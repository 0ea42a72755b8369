package io.policygraph.bench;

import java.util.List;

/** The requests the benchmark times: the headline question, a task page, and representative searches. */
final class BenchQueries {

    private BenchQueries() {
    }

    /** The smallest request: answered by the schema alone, no data read. */
    static final String NOTHING = "{ __typename }";

    /** Which departments lead tasks due in Q4, with those tasks (the README's headline question). */
    static final String HEADLINE = """
            { departments(filter: {leadsTasksDue: {quarter: 4}}) { edges { node { name city { name }
              tasks(role: LEAD, due: {quarter: 4}) { number title deadline { date } document { title } } } } } }
            """;

    /**
     * The same answer in one hand-written statement: the connection's default page (20 departments by
     * canonical name) and each one's Q4 tasks in reading order. "name IS NOT NULL" lets Neo4j read the
     * departments in the order of the name index, expanding until 20 Q4 leaders are found, instead of
     * sorting every department first; a quarter holds about a quarter of all deadlines, too many to
     * start from (BENCHMARKS.md, run 6). The name is returned by a dynamic lookup ({@code $name} = "name"), as
     * the API projects it: Neo4j 5.26's planner fails its own -ea check when an index-provided property is
     * read again next to a pattern comprehension.
     */
    static final String HEADLINE_CYPHER = """
            MATCH (:Deadline {quarter: 4})<-[:DUE]-(:Task)-[:LED_BY]->(dep:Department)
            WHERE dep.name IS NOT NULL
            WITH DISTINCT dep ORDER BY dep.name LIMIT 20
            RETURN dep[$name] AS name, [(dep)-[:OF_CITY]->(c) | c.name][0] AS city,
              COLLECT { MATCH (d:Document)-[:HAS_TASK]->(t:Task)-[:LED_BY]->(dep), (t)-[:DUE]->(dl:Deadline)
                        WHERE dl.quarter = 4
                        WITH DISTINCT d, t, dl ORDER BY t.sortKey
                        RETURN {number: t.number, title: t.title, date: dl.date, document: d.title} } AS tasks
            """;

    /** A page of 100 tasks with what a task list shows: leads, deadline, document. */
    static final String TASKS_PAGE = """
            query($after: String) { tasks(first: 100, after: $after) {
              edges { node { number title leads { name } deadline { date kind } document { title } } }
              pageInfo { endCursor hasNextPage } } }
            """;

    static final String SEARCH = """
            query($q: String!) { search(query: $q, first: 20) { totalCount
              edges { node { score snippet document { title } } } } }
            """;

    /** What users look for: metrics, project kinds, bodies, deadlines, phrases, boolean queries, traditional text. */
    static final List<String> SEARCHES = List.of(
            "固定资产投资", "\"续建项目\"", "招商引资", "光伏发电", "发改委", "四季度", "12月底", "要素保障",
            "专项债券", "污水处理", "項目建設", "手续 OR 审批", "投资 NOT 债券", "营商环境", "入统",
            "开工率", "冷链物流", "锂电池", "民间投资", "\"并联审批\" 绿色通道");
}

package io.policygraph.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.policygraph.search.quality.CorpusFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClauseIndexTest {

    private static final Path SEEDS = Path.of("ingest/corpus");
    private static final Map<String, String> CITY_BY_FILE_PREFIX = Map.of(
            "000", "晋城市", "001", "忻州市", "002", "临汾市", "003", "未知", "004", "嘉峪关市");

    @TempDir
    Path indexDirectory;

    private ClauseIndex index;
    private Map<String, String> textById;

    @BeforeEach
    void indexSeeds() {
        index = new ClauseIndex(indexDirectory);
        List<CorpusFile> seeds = CorpusFile.readFolder(SEEDS);
        textById = seeds.stream().collect(Collectors.toMap(CorpusFile::fileName, CorpusFile::text));
        for (CorpusFile seed : seeds) {
            index.replaceDocument(new IndexedDocument(seed.fileName(),
                    CITY_BY_FILE_PREFIX.get(seed.fileName().substring(0, 3)), seed.text(), List.of(), List.of()));
        }
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void findsTheTraditionalCharacterReportBySimplifiedAndByTraditionalQuery() {
        SearchPage simplified = index.search("项目建设", SearchFilter.NONE, 0, 100);
        SearchPage traditional = index.search("項目建設", SearchFilter.NONE, 0, 100);

        assertThat(simplified.hits()).anySatisfy(hit -> assertThat(hit.documentId()).startsWith("002_"));
        assertThat(traditional.total()).isEqualTo(simplified.total());
        assertThat(traditional.hits()).extracting(SearchHit::documentId, SearchHit::start)
                .isEqualTo(simplified.hits().stream().map(h -> org.assertj.core.groups.Tuple.tuple(
                        h.documentId(), h.start())).toList());
    }

    @Test
    void phraseQueryFilteredByCityHighlightsThePhrase() {
        SearchPage page = index.search("\"固定资产投资\"", SearchFilter.cities("嘉峪关市"), 0, 50);

        assertThat(page.hits()).isNotEmpty();
        assertThat(page.hits()).allSatisfy(hit -> {
            assertThat(hit.documentId()).startsWith("004_");
            assertThat(hit.text()).contains("固定资产投资");
            assertThat(hit.snippet()).contains("<em>固定资产投资</em>");
        });
        SearchPage everywhere = index.search("\"固定资产投资\"", SearchFilter.NONE, 0, 50);
        assertThat(everywhere.total()).isGreaterThan(page.total());
    }

    @Test
    void phraseDoesNotMatchItsWordsApart() {
        SearchPage words = index.search("投资 固定资产", SearchFilter.of(null, List.of("001_a0de8f5fd32c418b.txt")), 0, 100);
        SearchPage phrase = index.search("\"投资固定资产\"", SearchFilter.documents("001_a0de8f5fd32c418b.txt"), 0, 100);

        assertThat(words.total()).isPositive();
        assertThat(phrase.total()).isZero();
    }

    @Test
    void everyHitIsExactlyTheSpanOfItsDocumentText() {
        SearchPage page = index.search("项目 OR 投资", SearchFilter.NONE, 0, 1000);

        assertThat(page.hits()).hasSizeGreaterThan(100);
        assertThat(page.hits()).allSatisfy(hit ->
                assertThat(textById.get(hit.documentId()).substring(hit.start(), hit.end())).isEqualTo(hit.text()));
    }

    @Test
    void findsDecimalAmounts() {
        SearchPage page = index.search("238.2亿元", SearchFilter.NONE, 0, 10);

        assertThat(page.hits()).isNotEmpty();
        assertThat(page.hits().get(0).text()).contains("固定资产投资238.2亿元");
        assertThat(page.hits().get(0).snippet()).contains("<em>238.2亿元</em>");
        assertThat(index.search("238", SearchFilter.NONE, 0, 10).total()).isZero();
    }

    @Test
    void replacingADocumentLeavesNoDuplicatesAndDeletingRemovesIt() {
        String id = "004_b85820a820c6e1e1.txt";
        long clauses = index.clauseCount();
        long before = index.search("炼铁", SearchFilter.documents(id), 0, 10).total();

        index.replaceDocument(new IndexedDocument(id, "嘉峪关市", textById.get(id), List.of(), List.of()));
        assertThat(index.clauseCount()).isEqualTo(clauses);
        assertThat(index.search("炼铁", SearchFilter.documents(id), 0, 10).total()).isEqualTo(before).isPositive();

        index.deleteDocument(id);
        assertThat(index.search("炼铁", SearchFilter.NONE, 0, 10).total()).isZero();
        assertThat(index.documentIds()).hasSize(4).doesNotContain(id);
    }

    @Test
    void oneApplyReplacesAndDeletesAndItsPositionSurvivesARestart() {
        String kept = "004_b85820a820c6e1e1.txt";
        String gone = "001_a0de8f5fd32c418b.txt";
        index.apply(List.of(new IndexedDocument(kept, "酒泉市", textById.get(kept), List.of(), List.of())),
                List.of(gone), Map.of("policygraph.changeSequence", "42"));
        assertThat(index.search("固定资产投资", SearchFilter.documents(gone), 0, 10).total()).isZero();
        index.close();
        index = new ClauseIndex(indexDirectory);

        assertThat(index.position()).containsEntry("policygraph.changeSequence", "42");
        assertThat(index.documentIds()).contains(kept).doesNotContain(gone);
        assertThat(index.search("炼铁", SearchFilter.cities("酒泉市"), 0, 10).total()).isPositive();

        index.clear();
        assertThat(index.position()).isEmpty();
        assertThat(index.clauseCount()).isZero();
    }

    @Test
    void keepsItsClausesAcrossARestart() {
        long clauses = index.clauseCount();
        index.close();
        index = new ClauseIndex(indexDirectory);

        assertThat(index.clauseCount()).isEqualTo(clauses);
        assertThat(index.documentIds()).isEqualTo(textById.keySet());
        assertThat(index.search("沁水抽水蓄能", SearchFilter.NONE, 0, 10).total()).isEqualTo(2);
    }

    @Test
    void linksClausesToTheInnermostTaskAndTheMostOverlappingTarget() {
        String text = "一、重点任务。加快项目建设进度。确保开复工率达到90%以上。其他事项。";
        int taskStart = text.indexOf("加快");
        int targetStart = text.indexOf("确保");
        index.replaceDocument(new IndexedDocument("linked", "测试市", text,
                List.of(new OwnedSpan("task-all", 0, text.length()),
                        new OwnedSpan("task-inner", taskStart, text.indexOf("其他"))),
                List.of(new OwnedSpan("target-small", targetStart, targetStart + 4),
                        new OwnedSpan("target-large", targetStart + 2, text.indexOf("其他")))));

        SearchHit hit = index.search("开复工率", SearchFilter.documents("linked"), 0, 1).hits().get(0);
        assertThat(hit.taskId()).isEqualTo("task-inner");
        assertThat(hit.targetId()).isEqualTo("target-large");
        SearchHit unowned = index.search("重点任务", SearchFilter.documents("linked"), 0, 1).hits().get(0);
        assertThat(unowned.taskId()).isEqualTo("task-all");
        assertThat(unowned.targetId()).isNull();
    }

    @Test
    void malformedQueriesSayWhatIsWrong() {
        assertThatThrownBy(() -> index.search("固定\"资产", SearchFilter.NONE, 0, 10))
                .isInstanceOf(InvalidSearchQueryException.class)
                .hasMessage("unbalanced quote at position 3");
        assertThatThrownBy(() -> index.search("(项目 OR 投资", SearchFilter.NONE, 0, 10))
                .isInstanceOf(InvalidSearchQueryException.class)
                .hasMessage("unclosed '(' at position 1");
        assertThatThrownBy(() -> index.search("项目 AND", SearchFilter.NONE, 0, 10))
                .isInstanceOf(InvalidSearchQueryException.class)
                .hasMessage("the query ends too early after 'AND'");
        assertThatThrownBy(() -> index.search("项目 OR OR 投资", SearchFilter.NONE, 0, 10))
                .isInstanceOf(InvalidSearchQueryException.class)
                .hasMessage("unexpected 'OR' at position 7");
        assertThatThrownBy(() -> index.search("  ", SearchFilter.NONE, 0, 10))
                .isInstanceOf(InvalidSearchQueryException.class)
                .hasMessage("the query is empty");
    }

    @Test
    void paginationWalksEveryHitOnce() {
        String query = "项目 建设";
        long total = index.search(query, SearchFilter.NONE, 0, 0).total();
        List<String> walked = new ArrayList<>();
        for (int offset = 0; offset < total; offset += 7) {
            index.search(query, SearchFilter.NONE, offset, 7).hits()
                    .forEach(hit -> walked.add(hit.documentId() + "@" + hit.start()));
        }
        Set<String> distinct = new HashSet<>(walked);

        assertThat(total).isGreaterThan(20);
        assertThat(walked).hasSize((int) total);
        assertThat(distinct).hasSize(walked.size());
        assertThat(index.search(query, SearchFilter.NONE, (int) total, 7).hits()).isEmpty();
    }

    @Test
    void marksWordsMatchedSideBySideAsOneSpan() {
        SearchPage page = index.search("沁水抽水蓄能", SearchFilter.NONE, 0, 10);

        assertThat(page.hits()).hasSize(2).allSatisfy(hit ->
                assertThat(hit.snippet()).contains("<em>沁水抽水蓄能</em>"));
    }

    @Test
    void snippetsEscapeHtml() {
        index.replaceDocument(new IndexedDocument("html", "测试市", "推进<b>项目</b>建设&改革。", List.of(), List.of()));

        String snippet = index.search("改革", SearchFilter.documents("html"), 0, 1).hits().get(0).snippet();
        assertThat(snippet).contains("&lt;b&gt;").contains("<em>改革</em>").doesNotContain("<b>");
    }

    @Test
    void searchesWhileDocumentsAreReplaced() throws Exception {
        String id = "000_cdee36fe1d75d9b5.txt";
        Function<Integer, Long> search = i -> index.search("沁水抽水蓄能", SearchFilter.NONE, 0, 10).total();
        long expected = search.apply(0);
        Thread writer = new Thread(() -> {
            for (int i = 0; i < 10; i++) {
                index.replaceDocument(new IndexedDocument(id, "晋城市", textById.get(id), List.of(), List.of()));
            }
        });
        writer.start();
        List<Long> totals = new ArrayList<>();
        while (writer.isAlive()) {
            totals.add(search.apply(0));
        }
        writer.join();
        assertThat(totals).containsOnly(expected);
    }
}

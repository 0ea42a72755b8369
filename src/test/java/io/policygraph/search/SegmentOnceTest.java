package io.policygraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.policygraph.extract.PlanExtractor;
import io.policygraph.extract.Segmentation;
import io.policygraph.search.quality.CorpusFile;
import io.policygraph.text.ChineseFolding;
import io.policygraph.text.TextNormalizer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Ingest segments a document once: the extractor's words are the ones the index takes, and a clause's tokens cut
 * from the document's words point at the clause's own characters (the highlighter marks matches by them).
 */
class SegmentOnceTest {

    private static final List<String> SEEDS = CorpusFile.readFolder(Path.of("ingest/corpus")).stream()
            .map(seed -> new TextNormalizer().normalise(seed.text()).text()).toList();

    @Test
    void theIndexTakesTheWordsTheExtractorSegmentedAndSegmentsItselfOtherwise() {
        Segmentation segmentation = Segmentation.standard();
        String text = SEEDS.get(1);
        new PlanExtractor().extract("plan.txt", text);

        Segmentation.Words kept = segmentation.segment(text);
        assertThat(segmentation.segmentOnce(text)).as("handed over from the extraction").isSameAs(kept);
        Segmentation.Words again = segmentation.segmentOnce(text);
        assertThat(again).as("handed over once, then segmented anew").isNotSameAs(kept);
        assertThat(again.size()).isEqualTo(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            assertThat(again.word(i)).isEqualTo(kept.word(i));
            assertThat(again.start(i)).isEqualTo(kept.start(i));
        }
    }

    @Test
    void clauseTokensCutFromTheDocumentsWordsPointAtTheirCharacters() {
        ClauseSplitter splitter = new ClauseSplitter();
        int tokens = 0;
        for (String text : SEEDS) {
            Segmentation.Words words = Segmentation.standard().segmentOnce(text);
            for (Clause clause : splitter.split(text)) {
                for (WordTokens.Token token : WordTokens.of(words, clause.start(), clause.end(), true)) {
                    String original = clause.text().substring(token.start(), token.end());
                    assertThat(ChineseFolding.fold(original).toLowerCase(Locale.ROOT))
                            .isEqualTo(token.word().toLowerCase(Locale.ROOT));
                    tokens++;
                }
            }
        }
        assertThat(tokens).isGreaterThan(1000);
    }

    @Test
    void aClausesMainWordsAreTheWordsTheQueryAnalyserFindsInIt() {
        // A query quoting a clause must line up with the indexed positions; a clause segmented with its document
        // may differ from the clause alone only where a word meets the clause's edge.
        ClauseSplitter splitter = new ClauseSplitter();
        int clauses = 0;
        int same = 0;
        for (String text : SEEDS) {
            Segmentation.Words words = Segmentation.standard().segmentOnce(text);
            for (Clause clause : splitter.split(text)) {
                List<String> inDocument = WordTokens.of(words, clause.start(), clause.end(), false).stream()
                        .map(WordTokens.Token::word).toList();
                List<String> alone = WordTokens.of(Segmentation.standard().segmentFolded(ChineseFolding.fold(clause.text())),
                        0, clause.text().length(), false).stream().map(WordTokens.Token::word).toList();
                clauses++;
                same += inDocument.equals(alone) ? 1 : 0;
            }
        }
        assertThat((double) same / clauses).isGreaterThan(0.95);
    }
}

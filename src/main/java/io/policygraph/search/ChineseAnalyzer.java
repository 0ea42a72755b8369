package io.policygraph.search;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;

/**
 * Chinese analysis on the project's HanLP word segmentation ({@link io.policygraph.extract.Segmentation}) of folded text (traditional → simplified, full → half width).
 * {@link Mode#INDEX} adds the dictionary words found inside longer words (固定资产 → 固定, 资产) so that short
 * queries find long words; {@link Mode#QUERY} segments normally so a quoted phrase becomes consecutive words that
 * line up with the indexed positions.
 */
public final class ChineseAnalyzer extends Analyzer {

    public enum Mode { INDEX, QUERY }

    private final Mode mode;

    public ChineseAnalyzer(Mode mode) {
        this.mode = mode;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new ChineseFoldingCharFilter(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        // Lucene keeps one component chain per thread, so each tokenizer owns its (not thread-safe) segmenter.
        HanLPTokenizer tokenizer = new HanLPTokenizer(mode == Mode.INDEX);
        return new TokenStreamComponents(tokenizer, filters(tokenizer));
    }

    /** The filters after the words: also applied to words segmented elsewhere ({@link WordTokenStream}). */
    static TokenStream filters(TokenStream words) {
        return new LowerCaseFilter(words);
    }
}

package io.policygraph.search;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Overlapping character bigrams of folded text (numbers and Latin words stay whole). Word segmentation depends on
 * context: 四季度 alone is one word but 四季/度 inside "2022年四季度全市". Bigrams do not, so a second field with them
 * finds what the segmenter splits differently in the query and in the text.
 */
public final class CharacterBigramAnalyzer extends Analyzer {

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new ChineseFoldingCharFilter(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new CJKBigramFilter(new LowerCaseFilter(tokenizer));
        return new TokenStreamComponents(tokenizer, stream);
    }
}

package io.policygraph.search;

import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A clause's words, already segmented (with the rest of its document), as the tokenizer of the index's chain
 * ({@link ChineseAnalyzer#filters}): what {@link ChineseAnalyzer} in index mode would emit, without running the
 * segmenter again.
 */
final class WordTokenStream extends TokenStream {

    private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAttribute = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute positionAttribute = addAttribute(PositionIncrementAttribute.class);
    private final List<WordTokens.Token> tokens;
    private final int length;
    private Iterator<WordTokens.Token> pending;

    WordTokenStream(List<WordTokens.Token> tokens, int length) {
        this.tokens = tokens;
        this.length = length;
    }

    @Override
    public void reset() {
        pending = tokens.iterator();
    }

    @Override
    public boolean incrementToken() {
        if (!pending.hasNext()) {
            return false;
        }
        clearAttributes();
        pending.next().copyTo(termAttribute, offsetAttribute, positionAttribute, offset -> offset);
        return true;
    }

    @Override
    public void end() throws java.io.IOException {
        super.end();
        offsetAttribute.setOffset(length, length);
    }
}

package io.policygraph.search;

import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A clause's words, already segmented (with the rest of its document), as a token stream for the index: what
 * {@link ChineseAnalyzer} in index mode would emit, without running the segmenter again.
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
        WordTokens.Token token = pending.next();
        // The words are folded already; lower case as the analyzer's LowerCaseFilter does.
        termAttribute.setEmpty().append(token.word());
        CharacterUtils.toLowerCase(termAttribute.buffer(), 0, termAttribute.length());
        offsetAttribute.setOffset(token.start(), token.end());
        positionAttribute.setPositionIncrement(token.positionIncrement());
        return true;
    }

    @Override
    public void end() throws java.io.IOException {
        super.end();
        offsetAttribute.setOffset(length, length);
    }
}

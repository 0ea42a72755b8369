package io.policygraph.search;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Emits HanLP words of its (already folded) input with their offsets. Punctuation and whitespace are dropped
 * without leaving position gaps. In index mode the extra words found inside a word share that word's position
 * (increment 0), so the positions of the main words stay consecutive and phrase queries still match.
 */
final class HanLPTokenizer extends Tokenizer {

    private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAttribute = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute positionAttribute = addAttribute(PositionIncrementAttribute.class);
    private final Segment segment;
    private Iterator<Token> pending = List.<Token>of().iterator();
    private int inputLength;

    HanLPTokenizer(boolean indexMode) {
        this.segment = HanLP.newSegment().enableIndexMode(indexMode).enableOffset(true);
    }

    private record Token(String word, int start, int end, int positionIncrement) {
    }

    @Override
    public boolean incrementToken() {
        if (!pending.hasNext()) {
            return false;
        }
        clearAttributes();
        Token token = pending.next();
        termAttribute.setEmpty().append(token.word());
        offsetAttribute.setOffset(correctOffset(token.start()), correctOffset(token.end()));
        positionAttribute.setPositionIncrement(token.positionIncrement());
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        String text = readAll();
        inputLength = text.length();
        pending = tokens(text).iterator();
    }

    @Override
    public void end() throws IOException {
        super.end();
        int finalOffset = correctOffset(inputLength);
        offsetAttribute.setOffset(finalOffset, finalOffset);
    }

    private String readAll() throws IOException {
        StringWriter text = new StringWriter();
        input.transferTo(text);
        return text.toString();
    }

    private List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int mainWordEnd = -1;
        for (Term term : segment.seg(text)) {
            int start = term.offset;
            int end = start + term.word.length();
            // HanLP lists each word of the normal segmentation, then the shorter words inside it.
            boolean insideMainWord = start < mainWordEnd;
            if (!insideMainWord) {
                mainWordEnd = end;
            }
            if (isSearchable(term.word)) {
                boolean sharesPosition = insideMainWord && !tokens.isEmpty();
                tokens.add(new Token(term.word, start, end, sharesPosition ? 0 : 1));
            }
        }
        return tokens;
    }

    /** A word is searchable when it has a letter or digit; punctuation, symbols and spaces are not. */
    private static boolean isSearchable(String word) {
        return word.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}

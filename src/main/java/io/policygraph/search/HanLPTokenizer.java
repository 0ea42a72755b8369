package io.policygraph.search;

import io.policygraph.extract.Segmentation;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Emits the words of its (already folded) input as the project's one segmentation ({@link Segmentation}) finds
 * them, with their offsets (see {@link WordTokens}). In index mode the inner words found inside a word share that
 * word's position. The index itself takes a document's words from the extraction that segmented it
 * ({@link WordTokenStream}); this tokenizer serves queries and whatever analyses a text on its own.
 */
final class HanLPTokenizer extends Tokenizer {

    private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAttribute = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute positionAttribute = addAttribute(PositionIncrementAttribute.class);
    private final boolean indexMode;
    private Iterator<WordTokens.Token> pending = List.<WordTokens.Token>of().iterator();
    private int inputLength;

    HanLPTokenizer(boolean indexMode) {
        this.indexMode = indexMode;
    }

    @Override
    public boolean incrementToken() {
        if (!pending.hasNext()) {
            return false;
        }
        clearAttributes();
        pending.next().copyTo(termAttribute, offsetAttribute, positionAttribute, this::correctOffset);
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        String text = readAll();
        inputLength = text.length();
        pending = WordTokens.of(Segmentation.standard().segmentFolded(text), 0, text.length(), indexMode).iterator();
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
}

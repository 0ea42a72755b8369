package io.policygraph.search;

import io.policygraph.text.ChineseFolding;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Applies {@link ChineseFolding} before tokenising. Folding converts phrase by phrase, so the whole input is read
 * first (a clause is short); folding keeps the length, so offsets need no correction.
 */
final class ChineseFoldingCharFilter extends CharFilter {

    private String folded;
    private int position;

    ChineseFoldingCharFilter(Reader input) {
        super(input);
    }

    @Override
    protected int correct(int currentOff) {
        return currentOff;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (folded == null) {
            folded = ChineseFolding.fold(readAll());
        }
        if (position >= folded.length()) {
            return -1;
        }
        int count = Math.min(length, folded.length() - position);
        folded.getChars(position, position + count, buffer, offset);
        position += count;
        return count;
    }

    private String readAll() throws IOException {
        StringWriter text = new StringWriter();
        input.transferTo(text);
        return text.toString();
    }
}

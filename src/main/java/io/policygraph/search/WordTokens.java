package io.policygraph.search;

import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import io.policygraph.extract.Segmentation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * The search tokens of a stretch of segmented text: its searchable words with offsets relative to the
 * stretch's start, main words one position apart and inner words (index mode) at the position of the word
 * they lie in, so phrase queries still match the main words. Punctuation and whitespace are dropped without
 * leaving position gaps. Words that cross the stretch's edges are left out (a clause is cut at punctuation,
 * which words do not span; the bigram field still finds the rare exception).
 */
final class WordTokens {

    record Token(String word, int start, int end, int positionIncrement) {

        /** Sets a token stream's attributes to this token, its offsets mapped by {@code offsets}. */
        void copyTo(CharTermAttribute term, OffsetAttribute offset, PositionIncrementAttribute position,
                    IntUnaryOperator offsets) {
            term.setEmpty().append(word);
            offset.setOffset(offsets.applyAsInt(start), offsets.applyAsInt(end));
            position.setPositionIncrement(positionIncrement);
        }
    }

    private WordTokens() {
    }

    /** The tokens of [from, to) of the segmented text; {@code withInner}: index mode. */
    static List<Token> of(Segmentation.Words words, int from, int to, boolean withInner) {
        List<Token> tokens = new ArrayList<>();
        int first = firstAtOrAfter(words, from);
        boolean mainWordInStretch = false;
        for (int i = first; i < words.size() && words.start(i) < to; i++) {
            if (words.end(i) > to) {
                continue;
            }
            boolean inner = words.inner(i);
            if (!inner) {
                mainWordInStretch = true;
            } else if (!withInner || !mainWordInStretch) {
                continue;
            }
            String word = words.word(i);
            if (isSearchable(word)) {
                boolean sharesPosition = inner && !tokens.isEmpty();
                tokens.add(new Token(word, words.start(i) - from, words.end(i) - from, sharesPosition ? 0 : 1));
            }
        }
        return tokens;
    }

    /** Words are in text order by start (inner words never start before their main word): binary search. */
    private static int firstAtOrAfter(Segmentation.Words words, int offset) {
        int low = 0;
        int high = words.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (words.start(mid) < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** A word is searchable when it has a letter or digit; punctuation, symbols and spaces are not. */
    private static boolean isSearchable(String word) {
        return word.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}

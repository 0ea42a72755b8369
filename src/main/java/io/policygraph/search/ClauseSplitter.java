package io.policygraph.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a document into the clauses a search hit shows: sentences end at full stops, semicolons, exclamation and
 * question marks (either width) and at line breaks. A sentence longer than {@code maxLength} is cut after commas
 * into pieces of at most that length, so a hit stays short enough to read without losing the words around the match.
 */
public final class ClauseSplitter {

    public static final int DEFAULT_MAX_LENGTH = 160;

    private static final String SENTENCE_ENDS = "\u3002;\uFF1B!\uFF01?\uFF1F\n\r";
    private static final String COMMAS = ",\uFF0C";

    private final int maxLength;

    public ClauseSplitter() {
        this(DEFAULT_MAX_LENGTH);
    }

    public ClauseSplitter(int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be positive: " + maxLength);
        }
        this.maxLength = maxLength;
    }

    public List<Clause> split(String text) {
        List<Clause> clauses = new ArrayList<>();
        int sentenceStart = 0;
        for (int i = 0; i < text.length(); i++) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                splitLongSentence(text, sentenceStart, i + 1, clauses);
                sentenceStart = i + 1;
            }
        }
        splitLongSentence(text, sentenceStart, text.length(), clauses);
        return clauses;
    }

    private void splitLongSentence(String text, int start, int end, List<Clause> clauses) {
        int pieceStart = start;
        int lastCommaEnd = -1;
        for (int i = start; i < end; i++) {
            if (COMMAS.indexOf(text.charAt(i)) >= 0) {
                if (i + 1 - pieceStart > maxLength && lastCommaEnd > pieceStart) {
                    addTrimmed(text, pieceStart, lastCommaEnd, clauses);
                    pieceStart = lastCommaEnd;
                }
                lastCommaEnd = i + 1;
            }
        }
        if (end - pieceStart > maxLength && lastCommaEnd > pieceStart && lastCommaEnd < end) {
            addTrimmed(text, pieceStart, lastCommaEnd, clauses);
            pieceStart = lastCommaEnd;
        }
        addTrimmed(text, pieceStart, end, clauses);
    }

    private static void addTrimmed(String text, int start, int end, List<Clause> clauses) {
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        String clause = text.substring(start, end);
        if (clause.codePoints().anyMatch(Character::isLetterOrDigit)) {
            clauses.add(new Clause(start, end, clause));
        }
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}

package io.policygraph.text;

import java.util.Arrays;
import java.util.function.BiConsumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rewriting pass over a {@link NormalisedText} that keeps the way back to the raw string: the
 * pass replaces source ranges in increasing order and everything it does not touch is copied.
 */
final class Rewrite {

    private final NormalisedText source;
    private final StringBuilder text = new StringBuilder();
    private int[] sourceIndex = new int[64];
    private int copied;

    private Rewrite(NormalisedText source) {
        this.source = source;
    }

    static Rewrite of(NormalisedText source) {
        return new Rewrite(source);
    }

    /** Rewrites every match of {@code pattern}; the callback calls {@link #put} for the match's range. */
    static NormalisedText replaceAll(NormalisedText source, Pattern pattern, BiConsumer<MatchResult, Rewrite> replacement) {
        Rewrite rewrite = new Rewrite(source);
        Matcher matcher = pattern.matcher(source.text());
        while (matcher.find()) {
            replacement.accept(matcher.toMatchResult(), rewrite);
        }
        return rewrite.finish();
    }

    /**
     * Replaces source range [from, to) by {@code replacement}. Its k-th character maps to source
     * offset from + k while that lies inside the range, and to {@code to} beyond it, so a replacement
     * that extends the source ("2023" → "2023年") maps the added characters to what follows.
     */
    Rewrite put(String replacement, int from, int to) {
        if (from < copied || to < from) {
            throw new IllegalStateException("rewrites must go forward: " + from + ".." + to + " after " + copied);
        }
        copyUpTo(from);
        for (int k = 0; k < replacement.length(); k++) {
            append(replacement.charAt(k), Math.min(from + k, to));
        }
        copied = to;
        return this;
    }

    /** Leaves source range [from, to) as it is. */
    Rewrite keep(int from, int to) {
        return put(source.text().substring(from, to), from, to);
    }

    /** A character of the text being rewritten, to let a replacement depend on its context. */
    char sourceChar(int index) {
        return source.text().charAt(index);
    }

    NormalisedText finish() {
        copyUpTo(source.text().length());
        int[] raw = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            raw[i] = source.rawOffset(sourceIndex[i]);
        }
        raw[text.length()] = source.rawOffset(source.text().length());
        return new NormalisedText(text.toString(), raw);
    }

    private void copyUpTo(int end) {
        for (int i = copied; i < end; i++) {
            append(source.text().charAt(i), i);
        }
        copied = Math.max(copied, end);
    }

    private void append(char c, int from) {
        if (text.length() == sourceIndex.length) {
            sourceIndex = Arrays.copyOf(sourceIndex, sourceIndex.length * 2);
        }
        sourceIndex[text.length()] = from;
        text.append(c);
    }
}

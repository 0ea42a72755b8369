package io.policygraph.text;

import com.hankcs.hanlp.HanLP;

/**
 * Folds text so that traditional and simplified characters, and full-width and half-width forms, compare equal.
 * The result always has the input's length, character for character, so token offsets computed on the folded
 * text are valid offsets into the original (the highlighter depends on that).
 */
public final class ChineseFolding {

    private ChineseFolding() {
    }

    public static String fold(String text) {
        return toSimplified(toHalfWidth(text));
    }

    private static String toHalfWidth(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '\u3000') {
                chars[i] = ' ';
            } else if (c >= '\uFF01' && c <= '\uFF5E') {
                chars[i] = (char) (c - 0xFEE0);
            }
        }
        return new String(chars);
    }

    /**
     * HanLP converts phrase by phrase, which picks the right character for ambiguous ones (乾/幹 → 干/乾) but can
     * change the length; only then fall back to converting one character at a time.
     */
    private static String toSimplified(String text) {
        String converted = HanLP.convertToSimplifiedChinese(text);
        if (converted.length() == text.length()) {
            return converted;
        }
        StringBuilder perCharacter = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String single = String.valueOf(text.charAt(i));
            String simplified = HanLP.convertToSimplifiedChinese(single);
            perCharacter.append(simplified.length() == 1 ? simplified : single);
        }
        return perCharacter.toString();
    }
}

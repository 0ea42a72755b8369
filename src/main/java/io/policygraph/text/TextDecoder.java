package io.policygraph.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns the bytes of a plan into text, detecting the encoding and refusing to guess: UTF-8 (with or
 * without BOM), UTF-16 with BOM, otherwise GB18030 or Big5, whichever decodes strictly into plausible
 * Chinese. Legacy encodings cannot be told apart by their bytes alone (Big5 bytes are mostly valid
 * GB18030 too), so plausibility decides: the share of characters that are common Chinese words in
 * HanLP's dictionary, after converting to simplified characters so Big5's traditional text scores fairly.
 */
public final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    /** Big5 as used in Hong Kong: a superset that also reads the common ETEN extensions. */
    private static final Charset BIG5_HKSCS = Charset.forName("Big5-HKSCS");
    /** A character counts as common when HanLP's dictionary has it as a word at least this often. */
    private static final int COMMON_FREQUENCY = 50;
    /** Real plan text scores about 0.5; bytes decoded with the wrong legacy charset score below 0.15. */
    private static final double PLAUSIBLE_SHARE = 0.3;
    /** Below this many scored characters a text is too short to judge; it is accepted if it decodes. */
    private static final int JUDGEABLE_LENGTH = 20;

    private TextDecoder() {
    }

    public static String decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new UnreadableTextException("empty file");
        }
        Optional<String> unicode = decodeByBom(bytes);
        if (unicode.isPresent()) {
            return checked(unicode.get());
        }
        if (indexOf(bytes, (byte) 0) >= 0) {
            throw new UnreadableTextException("binary content (NUL bytes)");
        }
        Optional<String> utf8 = strictly(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return checked(utf8.get());
        }
        Candidate best = List.of(GB18030, BIG5, BIG5_HKSCS).stream()
                .map(charset -> strictly(bytes, charset).map(text -> new Candidate(text, charset)))
                .flatMap(Optional::stream)
                .max(Comparator.comparingDouble(Candidate::plausibility))
                .orElseThrow(() -> new UnreadableTextException("not decodable as UTF-8, GB18030 or Big5"));
        if (best.judgeable() && best.plausibility() < PLAUSIBLE_SHARE) {
            throw new UnreadableTextException("decodes as " + best.charset() + " only to implausible characters (not Chinese text)");
        }
        return checked(best.text());
    }

    private static Optional<String> decodeByBom(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(strictly(Arrays.copyOfRange(bytes, 3, bytes.length), StandardCharsets.UTF_8)
                    .orElseThrow(() -> new UnreadableTextException("has a UTF-8 byte order mark but is not valid UTF-8")));
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            Charset charset = bytes[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            return Optional.of(strictly(Arrays.copyOfRange(bytes, 2, bytes.length), charset)
                    .orElseThrow(() -> new UnreadableTextException("has a UTF-16 byte order mark but is not valid UTF-16")));
        }
        return Optional.empty();
    }

    /** Rejects text that decoded but is not text: control characters other than line layout. */
    private static String checked(String text) {
        if (text.isBlank()) {
            throw new UnreadableTextException("empty file (only whitespace)");
        }
        long controls = text.chars().filter(c -> Character.isISOControl(c) && "\t\n\r\f".indexOf(c) < 0).count();
        if (controls > 0) {
            throw new UnreadableTextException("binary content (" + controls + " control characters)");
        }
        return text;
    }

    private static Optional<String> strictly(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != (byte) prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte value) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /** A strict decoding and how much it looks like Chinese. */
    private record Candidate(String text, Charset charset, int scored, double plausibility) {

        Candidate(String text, Charset charset) {
            this(text, charset, scoredCharacters(text), commonShare(text));
        }

        boolean judgeable() {
            return scored >= JUDGEABLE_LENGTH;
        }

        /** Characters that say something about the encoding: all but ASCII, spaces and punctuation. */
        private static int scoredCharacters(String text) {
            return (int) text.chars().filter(Candidate::isScored).count();
        }

        private static double commonShare(String text) {
            String simplified = HanLP.convertToSimplifiedChinese(text);
            int scored = 0;
            int common = 0;
            for (int i = 0; i < simplified.length(); i++) {
                char c = simplified.charAt(i);
                if (isScored(c)) {
                    scored++;
                    if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                            && CoreDictionary.getTermFrequency(String.valueOf(c)) >= COMMON_FREQUENCY) {
                        common++;
                    }
                }
            }
            return scored == 0 ? 0 : (double) common / scored;
        }

        private static boolean isScored(int c) {
            boolean punctuation = switch (Character.getType(c)) {
                case Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.OTHER_PUNCTUATION,
                        Character.DASH_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                        Character.FINAL_QUOTE_PUNCTUATION, Character.CONNECTOR_PUNCTUATION -> true;
                default -> false;
            };
            return c > 0x7F && !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !punctuation
                    && !Character.isDigit(c);
        }
    }
}

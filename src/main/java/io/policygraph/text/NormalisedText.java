package io.policygraph.text;

import java.util.Arrays;

/**
 * Normalised text with, for each of its offsets, the offset in the raw decoded string it came from.
 * Offsets given out by the API refer to {@link #text()}; {@link #rawOffset} leads back to the source.
 * Characters that normalisation inserted map to the raw offset of the character that follows them.
 */
public record NormalisedText(String text, int[] rawOffsets) {

    public NormalisedText {
        if (rawOffsets.length != text.length() + 1) {
            throw new IllegalArgumentException("need one raw offset per character plus the end");
        }
        rawOffsets = rawOffsets.clone();
    }

    /** Text that normalisation has not changed: every offset maps to itself. */
    public static NormalisedText unchanged(String raw) {
        int[] offsets = new int[raw.length() + 1];
        Arrays.setAll(offsets, i -> i);
        return new NormalisedText(raw, offsets);
    }

    /** The offset in the raw decoded string of normalised offset {@code normalisedOffset} (0..length). */
    public int rawOffset(int normalisedOffset) {
        return rawOffsets[normalisedOffset];
    }

    @Override
    public int[] rawOffsets() {
        return rawOffsets.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NormalisedText that && text.equals(that.text) && Arrays.equals(rawOffsets, that.rawOffsets);
    }

    @Override
    public int hashCode() {
        return 31 * text.hashCode() + Arrays.hashCode(rawOffsets);
    }

    @Override
    public String toString() {
        return "NormalisedText[" + text + "]";
    }
}

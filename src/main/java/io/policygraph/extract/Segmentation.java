package io.policygraph.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.policygraph.text.ChineseFolding;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The project's one HanLP word segmentation, for extraction and search alike: the Viterbi segmenter with
 * organisation recognition, on text folded to simplified, half-width characters ({@link ChineseFolding}),
 * line by line, with the words inside long words (固定资产 → 固定, 资产) marked as inner words. Its dictionary is
 * its own: HanLP's default custom dictionary (shared, never written to) plus the department catalog's names
 * as organisation words in a trie only this segmentation reads, so nothing depends on what was loaded first
 * and nothing else in the process sees these words.
 *
 * <p>Segmenting is the dominant cost of an ingest, so a document's words are computed once: extraction
 * segments the text ({@link #segment}) and keeps the result in a small cache, from which the search index
 * takes the words of the same text ({@link #segmentOnce}). An index that did not see the extraction (another
 * instance, a rebuild) finds nothing there and segments the text itself, with the same result: segmenting is
 * a pure function of the text. Thread-safe.
 */
public final class Segmentation {

    /** Characters of segmented text held for the search index (about 15 bytes a character with its words: 30 MB). */
    static final int CACHE_CHARACTERS = 2_000_000;
    private static final String ORGANISATION = "nt 1024";

    private final DynamicCustomDictionary dictionary;
    private final WordsCache cache;

    Segmentation(List<String> organisationWords, int cacheCharacters) {
        DynamicCustomDictionary shared = CustomDictionary.DEFAULT;
        this.dictionary = new DynamicCustomDictionary(shared.dat, new BinTrie<>(), shared.path);
        organisationWords.forEach(word -> dictionary.insert(word, ORGANISATION));
        this.cache = new WordsCache(cacheCharacters);
    }

    /** The segmentation with the standard department catalog's names. */
    public static Segmentation standard() {
        return Standard.INSTANCE;
    }

    /** Segments {@code text} and keeps its words for {@link #segmentOnce} of the same text. */
    public Words segment(String text) {
        Words words = cache.get(text);
        if (words == null) {
            words = compute(text);
            cache.put(text, words);
        }
        return words;
    }

    /** The words of {@code text}: those {@link #segment} kept (handing them over once), or segmented now. */
    public Words segmentOnce(String text) {
        Words words = cache.take(text);
        return words != null ? words : compute(text);
    }

    /** Segments text that is already folded (a search query, a clause through an analyzer), keeping nothing. */
    public Words segmentFolded(String folded) {
        return compute(folded, false);
    }

    private Words compute(String text) {
        return compute(text, true);
    }

    private Words compute(String text, boolean fold) {
        Segment segment = HanLP.newSegment()
                .enableCustomDictionary(dictionary)
                .enableOrganizationRecognize(true)
                .enableIndexMode(true)
                .enableOffset(true);
        Words.Builder words = new Words.Builder(text.length());
        StringBuilder folded = fold ? new StringBuilder(text.length()) : null;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (fold) {
                // Folding converts phrase by phrase; a line keeps a long text from falling back to single characters.
                line = ChineseFolding.fold(line);
                folded.append(line);
                if (lineEnd < text.length()) {
                    folded.append('\n');
                }
            }
            if (!line.isBlank()) {
                int mainWordEnd = -1;
                // HanLP lists each word of the normal segmentation, then the shorter words inside it.
                for (Term term : segment.seg(line)) {
                    int start = lineStart + term.offset;
                    int end = start + term.word.length();
                    boolean inner = start < mainWordEnd;
                    if (!inner) {
                        mainWordEnd = end;
                    }
                    words.add(start, end, term.nature, inner);
                }
            }
            lineStart = lineEnd + 1;
        }
        String foldedText = fold ? folded.toString() : text;
        return words.build(foldedText.equals(text) ? text : foldedText);
    }

    /**
     * The words of a text, in order: each word of the segmentation followed by the inner words found in it.
     * Offsets are into the text (folding keeps its length); a word is the folded text between them.
     */
    public static final class Words {

        private final String folded;
        private final int[] starts;
        private final int[] ends;
        private final Nature[] natures;
        private final boolean[] inner;

        private Words(String folded, int[] starts, int[] ends, Nature[] natures, boolean[] inner) {
            this.folded = folded;
            this.starts = starts;
            this.ends = ends;
            this.natures = natures;
            this.inner = inner;
        }

        public int size() {
            return starts.length;
        }

        public int start(int i) {
            return starts[i];
        }

        public int end(int i) {
            return ends[i];
        }

        /** The word as the segmenter saw it: folded (simplified, half width). */
        public String word(int i) {
            return folded.substring(starts[i], ends[i]);
        }

        /** HanLP's part of speech (nt: organisation, nis: institution suffix …). */
        public String nature(int i) {
            return natures[i] == null ? "" : natures[i].toString();
        }

        /** Whether the word lies inside the word before it (index mode's shorter words). */
        public boolean inner(int i) {
            return inner[i];
        }

        /** The folded text the words come from. */
        public String folded() {
            return folded;
        }

        int characters() {
            return folded.length();
        }

        private static final class Builder {
            private int[] starts;
            private int[] ends;
            private Nature[] natures;
            private boolean[] inner;
            private int size;

            Builder(int textLength) {
                int capacity = Math.max(16, textLength);
                starts = new int[capacity];
                ends = new int[capacity];
                natures = new Nature[capacity];
                inner = new boolean[capacity];
            }

            void add(int start, int end, Nature nature, boolean isInner) {
                if (size == starts.length) {
                    int capacity = size * 2;
                    starts = Arrays.copyOf(starts, capacity);
                    ends = Arrays.copyOf(ends, capacity);
                    natures = Arrays.copyOf(natures, capacity);
                    inner = Arrays.copyOf(inner, capacity);
                }
                starts[size] = start;
                ends[size] = end;
                natures[size] = nature;
                inner[size] = isInner;
                size++;
            }

            Words build(String folded) {
                return new Words(folded, Arrays.copyOf(starts, size), Arrays.copyOf(ends, size),
                        Arrays.copyOf(natures, size), Arrays.copyOf(inner, size));
            }
        }
    }

    /** Segmented texts by text, oldest dropped first once they hold more than a number of characters. */
    private static final class WordsCache {

        private final int maxCharacters;
        private final Map<String, Words> byText = new LinkedHashMap<>();
        private long characters;

        WordsCache(int maxCharacters) {
            this.maxCharacters = maxCharacters;
        }

        synchronized Words get(String text) {
            return byText.get(text);
        }

        synchronized void put(String text, Words words) {
            if (words.characters() > maxCharacters || byText.containsKey(text)) {
                return;
            }
            byText.put(text, words);
            characters += words.characters();
            var oldest = byText.entrySet().iterator();
            while (characters > maxCharacters && oldest.hasNext()) {
                characters -= oldest.next().getValue().characters();
                oldest.remove();
            }
        }

        synchronized Words take(String text) {
            Words words = byText.remove(text);
            if (words != null) {
                characters -= words.characters();
            }
            return words;
        }
    }

    private static final class Standard {
        static final Segmentation INSTANCE = new Segmentation(DepartmentCatalog.standard().organisationWords(),
                CACHE_CHARACTERS);
    }
}

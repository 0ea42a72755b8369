package io.policygraph.text;

import com.hankcs.hanlp.HanLP;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises decoded plan text so that extraction sees one clean form whatever the source:
 * simplified characters, no pinyin glosses, no document-sharing-site page furniture, half-width
 * ASCII and the punctuation ,:;()!? (as the answer keys write them), tidy whitespace with the line
 * structure kept, and dates and document numbers whose dropped characters can be restored without
 * doubt. Every pass keeps the offset map back to the raw string.
 */
public final class TextNormalizer {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n?");
    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}+");
    /** A syllable in parentheses right after a character: 設(shè), 工（gōng）. */
    private static final Pattern PINYIN_GLOSS = Pattern.compile("(?<=\\p{IsHan})[(（]([a-zA-ZāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹêÜ]{1,7})[)）]");
    private static final Pattern TONE_MARK_OR_UMLAUT = Pattern.compile("[āáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹêÜ]");
    /** Full-width ASCII (！ to ～) and the spaces that are not plain spaces. */
    private static final Pattern WIDE_OR_ODD_SPACE = Pattern.compile("[\\uFF01-\\uFF5E\\u3000\\u00A0\\u2000-\\u200A\\u202F\\u205F]|[\\u200B-\\u200D\\uFEFF]");
    /** Corner brackets, the quotation marks of traditional-character texts: 「」 『』. */
    private static final Pattern CORNER_QUOTE = Pattern.compile("[「」『』]");
    private static final Pattern HORIZONTAL_SPACE_RUN = Pattern.compile("[ \\t\\f]{2,}|\\t|\\f");
    private static final Pattern SPACE_AT_LINE_EDGE = Pattern.compile("(?m)^[ \\t]+|[ \\t]+$");
    private static final Pattern SPACE_AFTER_CLAUSE_MARK = Pattern.compile("(?<=[、。])[ ]+");
    private static final Pattern BLANK_LINE_RUN = Pattern.compile("\\n{3,}");
    private static final Pattern LEADING_TRAILING_BREAKS = Pattern.compile("^\\n+|\\n+$");
    /** A line of the header or footer that document-sharing sites wrap around an uploaded file. */
    private static final Pattern SHARING_SITE_LINE = Pattern.compile(
            "(?m)^.{0,200}(由会员分享|可在线阅读|更多相关《|仅提供信息存储空间|本站会员.{0,20}上传).{0,200}(\\n|$)");
    /**
     * A line that is only a printed page number ("- 3 -", "—3—", "第3页 共6页"), with the line breaks
     * around it; PDF conversions leave them between the lines of a sentence.
     */
    private static final Pattern PAGE_NUMBER_LINE = Pattern.compile(
            "\\n+[ ]?(?:[-—–]+ ?\\d{1,3} ?[-—–]+|第 ?\\d{1,3} ?页(?: ?,? ?共 ?\\d{1,3} ?页)?)[ ]?(?=\\n|$)\\n*");
    private static final Pattern NUMBERED_LINE = Pattern.compile("(?m)^(\\d{1,3})、");
    private static final String SENTENCE_END = "。!?;:";
    /** Page text runs for hundreds of characters; numbered list items rarely do. */
    private static final int MIN_PAGE_LENGTH = 150;
    /** A line that is only a date whose 年, 月 and 日 were lost: 2023512, 20231012. */
    private static final Pattern DIGITS_ONLY_DATE = Pattern.compile("(?m)^((?:19|20)\\d{2})(\\d{3,4})$");
    /** A line that is a date whose final 日 was lost: 2022年3月28. */
    private static final Pattern DATE_WITHOUT_DAY_MARK = Pattern.compile("(?m)^((?:19|20)\\d{2}年\\d{1,2}月\\d{1,2})$");
    /** A document number whose 〕 and 号 were lost: 嘉政办发〔202339. */
    private static final Pattern BROKEN_DOC_NUMBER = Pattern.compile("(?<=\\p{IsHan}〔)((?:19|20)\\d{2})(\\d{1,4})号?(?![\\d〕])");

    public NormalisedText normalise(String raw) {
        NormalisedText text = NormalisedText.unchanged(raw);
        text = Rewrite.replaceAll(text, LINE_BREAK, (m, r) -> r.put("\n", m.start(), m.end()));
        text = Rewrite.replaceAll(text, HAN_RUN, TextNormalizer::toSimplified);
        text = Rewrite.replaceAll(text, PINYIN_GLOSS, TextNormalizer::dropPinyin);
        text = Rewrite.replaceAll(text, WIDE_OR_ODD_SPACE, TextNormalizer::toNarrow);
        text = Rewrite.replaceAll(text, CORNER_QUOTE, TextNormalizer::toCurlyQuote);
        // A tab separates the cells of a copied table: it stays one tab, where other runs of blanks become a space.
        text = Rewrite.replaceAll(text, HORIZONTAL_SPACE_RUN, (m, r) -> r.put(m.group().contains("\t") ? "\t" : " ", m.start(), m.end()));
        text = Rewrite.replaceAll(text, SPACE_AT_LINE_EDGE, TextNormalizer::drop);
        text = Rewrite.replaceAll(text, SPACE_AFTER_CLAUSE_MARK, TextNormalizer::drop);
        text = Rewrite.replaceAll(text, SHARING_SITE_LINE, TextNormalizer::drop);
        text = Rewrite.replaceAll(text, PAGE_NUMBER_LINE, TextNormalizer::dropPageNumber);
        text = joinPages(text);
        text = Rewrite.replaceAll(text, BLANK_LINE_RUN, (m, r) -> r.put("\n\n", m.start(), m.end()));
        text = Rewrite.replaceAll(text, LEADING_TRAILING_BREAKS, TextNormalizer::drop);
        text = Rewrite.replaceAll(text, DIGITS_ONLY_DATE, TextNormalizer::restoreDate);
        text = Rewrite.replaceAll(text, DATE_WITHOUT_DAY_MARK, (m, r) -> r.keep(m.start(), m.end()).put("日", m.end(), m.end()));
        return Rewrite.replaceAll(text, BROKEN_DOC_NUMBER, TextNormalizer::restoreDocNumber);
    }

    private static void drop(MatchResult m, Rewrite r) {
        r.put("", m.start(), m.end());
    }

    /** Phrase-level conversion keeps context (乾 in 乾坤 vs 乾燥); runs are converted one at a time. */
    private static void toSimplified(MatchResult m, Rewrite r) {
        String simplified = HanLP.convertToSimplifiedChinese(m.group());
        if (!simplified.equals(m.group())) {
            r.put(simplified, m.start(), m.end());
        }
    }

    /** Joins the lines around a page number unless the first of them ended its sentence. */
    private static void dropPageNumber(MatchResult m, Rewrite r) {
        String text = m.group();
        boolean sentenceEnded = m.start() == 0 || SENTENCE_END.indexOf(r.sourceChar(m.start() - 1)) >= 0;
        boolean textFollows = text.endsWith("\n");
        r.put(sentenceEnded && textFollows ? "\n" : "", m.start(), m.end());
    }

    /** A traditional text's 「」 and 『』 become the “” and ‘’ that simplified plans print. */
    private static void toCurlyQuote(MatchResult m, Rewrite r) {
        r.put(String.valueOf("“”‘’".charAt("「」『』".indexOf(m.group().charAt(0)))), m.start(), m.end());
    }

    private static void dropPinyin(MatchResult m, Rewrite r) {
        if (TONE_MARK_OR_UMLAUT.matcher(m.group(1)).find()) {
            drop(m, r);
        }
    }

    private static void toNarrow(MatchResult m, Rewrite r) {
        char c = m.group().charAt(0);
        String narrow;
        if (c >= '\uFF01' && c <= '\uFF5E') {
            narrow = String.valueOf((char) (c - 0xFEE0));
        } else if (c >= '\u200B' && c <= '\u200D' || c == '\uFEFF') {
            narrow = "";
        } else {
            narrow = " ";
        }
        r.put(narrow, m.start(), m.end());
    }

    /**
     * Document-sharing sites print a file page by page, each page on a new line that starts with its
     * number ("2、", "3、" ...), often in the middle of a sentence or a word. A sequence of consecutive
     * numbers at line starts is taken for page numbers when the lines are page-long and most breaks
     * cut a sentence; then each number is removed together with the break before it, joining the text
     * again. Numbered list items (short, or ending their sentence before the next number) stay.
     */
    private static NormalisedText joinPages(NormalisedText text) {
        String s = text.text();
        List<Marker> markers = new ArrayList<>();
        Matcher m = NUMBERED_LINE.matcher(s);
        while (m.find()) {
            markers.add(new Marker(Integer.parseInt(m.group(1)), m.start(), m.end()));
        }
        Rewrite rewrite = Rewrite.of(text);
        List<Marker> run = new ArrayList<>();
        for (Marker marker : markers) {
            if (!run.isEmpty() && marker.number() != run.get(run.size() - 1).number() + 1) {
                removeIfPages(run, s, rewrite);
                run.clear();
            }
            run.add(marker);
        }
        removeIfPages(run, s, rewrite);
        return rewrite.finish();
    }

    private static void removeIfPages(List<Marker> run, String s, Rewrite rewrite) {
        if (run.size() < 3) {
            return;
        }
        int cuts = 0;
        int pageLength = 0;
        for (int i = 1; i < run.size(); i++) {
            int breakAt = run.get(i).start() - 1;
            char before = breakAt > 0 ? s.charAt(breakAt - 1) : '\n';
            cuts += SENTENCE_END.indexOf(before) < 0 ? 1 : 0;
            pageLength += run.get(i).start() - run.get(i - 1).end();
        }
        int breaks = run.size() - 1;
        if (2 * cuts < breaks || pageLength / breaks < MIN_PAGE_LENGTH) {
            return;
        }
        for (Marker marker : run) {
            // Page 1's number opens the text after the site's header; later numbers interrupt it.
            boolean interrupts = marker.number() > 1 && marker.start() > 0;
            rewrite.put("", interrupts ? marker.start() - 1 : marker.start(), marker.end());
        }
    }

    /** Restores 年月日 only when exactly one split into month and day is a real date. */
    private static void restoreDate(MatchResult m, Rewrite r) {
        int year = Integer.parseInt(m.group(1));
        String monthDay = m.group(2);
        List<Integer> monthLengths = new ArrayList<>();
        for (int monthDigits = 1; monthDigits <= 2; monthDigits++) {
            if (monthDay.length() - monthDigits <= 2
                    && isDate(year, Integer.parseInt(monthDay.substring(0, monthDigits)), Integer.parseInt(monthDay.substring(monthDigits)))) {
                monthLengths.add(monthDigits);
            }
        }
        if (monthLengths.size() == 1) {
            int monthStart = m.start(2);
            int dayStart = monthStart + monthLengths.get(0);
            r.keep(m.start(), monthStart)
                    .put("年", monthStart, monthStart)
                    .put(String.valueOf(Integer.parseInt(m.group(2).substring(0, monthLengths.get(0)))), monthStart, dayStart)
                    .put("月", dayStart, dayStart)
                    .put(String.valueOf(Integer.parseInt(monthDay.substring(monthLengths.get(0)))), dayStart, m.end())
                    .put("日", m.end(), m.end());
        }
    }

    private static void restoreDocNumber(MatchResult m, Rewrite r) {
        int numberStart = m.start(2);
        r.keep(m.start(), numberStart)
                .put("〕", numberStart, numberStart)
                .keep(numberStart, m.end(2))
                .put("号", m.end(2), m.end());
    }

    private static boolean isDate(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private record Marker(int number, int start, int end) {
    }
}

package io.policygraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a plan into its work items. Numbered plans: the numbering tree (一、 (一) 1. (1) ① 第N条), where
 * an item is only accepted when it continues its level's sequence, so that stray "(二)" or "3." in a
 * sentence cannot open an item. Sections that frame the plan rather than assign work (指导思想,
 * 保障措施, 职责分工) give no tasks; goal sections only where their items assign actors. Unnumbered
 * texts (news reports): "X方面,…" paragraphs, "一要…二要…" demands and "《方案》还要求…" closings.
 * Pure and thread-safe.
 */
public final class TaskSegmenter {

    /** A work item: numbering path, heading phrase, and its stretch [start, end) of the text. */
    public record Segment(String number, String title, int start, int end) {
    }

    private enum Style {
        ARTICLE("第([一二三四五六七八九十百]{1,4})条", true, false),
        SECTION("([一二三四五六七八九十]{1,3})、", false, false),
        PAREN_CHINESE("\\(([一二三四五六七八九十]{1,3}|-)\\)", false, true),
        ARABIC("(\\d{1,2})[.、](?!\\d)", true, false),
        PAREN_ARABIC("\\((\\d{1,2})\\)", false, false),
        CIRCLED("([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])", false, false);

        final Pattern pattern;
        final boolean lineStartOnly;
        /** "(一)" is unmistakable enough to open an item anywhere, e.g. glued to a section title: "二、重点工作(一)…". */
        final boolean anywhere;

        Style(String regex, boolean lineStartOnly, boolean anywhere) {
            this.pattern = Pattern.compile(regex);
            this.lineStartOnly = lineStartOnly;
            this.anywhere = anywhere;
        }

        String label(int value) {
            return switch (this) {
                case ARTICLE -> "第" + ChineseNumbers.format(value) + "条";
                case SECTION -> ChineseNumbers.format(value);
                case PAREN_CHINESE -> "(" + ChineseNumbers.format(value) + ")";
                case ARABIC -> String.valueOf(value);
                case PAREN_ARABIC -> "(" + value + ")";
                case CIRCLED -> String.valueOf((char) ('①' + value - 1));
            };
        }
    }

    private record Heading(Style style, int value, int start, int bodyStart) {
    }

    private static final Pattern FRAMING = Pattern.compile(
            "^(指导思想|总体思路|总体要求|基本原则|工作原则|编制依据|职责分工|主要部门职责|部门职责|保障措施|组织保障|组织实施|保障机制|工作保障|实施保障|附件)");
    private static final Pattern GOALS = Pattern.compile("^(主要目标|工作目标|目标任务|发展目标|总体目标|行动目标|目标)");
    /** A heading that names a part of the plan ("重点任务", "有关要求…"), not a piece of work ("实施招商行动"). */
    private static final Pattern SECTION_TITLE = Pattern.compile(
            "^(重点|主要|有关|工作|具体|专项|保障|组织)?(任务|措施|工作|行动|举措|要求|机制|内容|安排)");
    private static final Pattern ROLE_WORDS = Pattern.compile("牵头|责任单位|责任部门|配合单位|负责\\)");
    private static final Pattern FOOTER = Pattern.compile("\\n[ \\t\\u3000]*(附件|抄送|相关解读|\\[编辑|责任编辑|版权声明|扫一扫)");
    private static final Pattern ASPECT = Pattern.compile("[ \\t\\u3000]*([^,。;:\\n]{2,16}?)方面,");
    private static final Pattern DEMAND = Pattern.compile("([一二三四五六七八九十])(是要|要|是)(?=[^,。;]{2,40}[。;])");
    private static final Pattern SUB_HEADING = Pattern.compile("([\\u4e00-\\u9fa5]{4,6}),");
    private static final Pattern CONNECTIVE = Pattern.compile("^(同时|此外|其中|目前|另外|总之|首先|其次|最后|对此)|的");
    private static final Pattern PLAN_ASKS = Pattern.compile("[ \\t\\u3000]*(?:此外,)?《[^》]+》还?(?:要求|提出|强调)(?!了)([^,。;]+)");

    public List<Segment> segment(String text) {
        int end = contentEnd(text);
        List<Heading> headings = headings(text, end);
        return headings.isEmpty() ? unnumbered(text, end) : numbered(text, headings, end);
    }

    // ---------------------------------------------------------------- numbered plans

    private List<Segment> numbered(String text, List<Heading> headings, int end) {
        List<Segment> out = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            if (parentIndex(headings, i) >= 0) {
                continue;
            }
            int hEnd = subtreeEnd(headings, i, end);
            String title = title(text, h, headings, i, hEnd);
            String number = h.style().label(h.value());
            List<Integer> children = childIndexes(headings, i);
            boolean topSection = h.style() == Style.SECTION || h.style() == Style.ARTICLE;
            if (!topSection) {
                addItem(text, headings, i, number, end, out);
                continue;
            }
            // Classified on its words alone: stray marks before them ("一、 □工作目标") change nothing.
            String words = title.replaceFirst("^[^\\p{IsHan}]+", "");
            if (FRAMING.matcher(words).find()) {
                continue;
            }
            boolean goals = GOALS.matcher(words).find();
            if (!goals && !SECTION_TITLE.matcher(words).find()) {
                addItem(text, headings, i, number, end, out);
                continue;
            }
            if (children.isEmpty()) {
                paragraphs(text, h.bodyStart() + title.length(), hEnd, number, goals, out);
                continue;
            }
            for (int c : children) {
                int cEnd = subtreeEnd(headings, c, end);
                if (!goals || ROLE_WORDS.matcher(text.substring(headings.get(c).start(), cEnd)).find()) {
                    addItem(text, headings, c, number + "." + headings.get(c).style().label(headings.get(c).value()), end, out);
                }
            }
        }
        return out;
    }

    private void addItem(String text, List<Heading> headings, int i, String number, int end, List<Segment> out) {
        Heading h = headings.get(i);
        int hEnd = subtreeEnd(headings, i, end);
        out.add(new Segment(number, title(text, h, headings, i, hEnd), h.start(), trimEnd(text, h.start(), hEnd)));
        for (int c : childIndexes(headings, i)) {
            Heading child = headings.get(c);
            addItem(text, headings, c, number + "." + child.style().label(child.value()), end, out);
        }
    }

    /** Unnumbered paragraphs of a section, each a task; in a goal section only those that assign actors. */
    private static void paragraphs(String text, int from, int to, String number, boolean goals, List<Segment> out) {
        int n = 0;
        int lineStart = from;
        while (lineStart < to) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 || lineEnd > to ? to : lineEnd;
            String line = text.substring(lineStart, lineEnd);
            int lead = line.length() - line.stripLeading().length();
            String body = line.strip();
            if (body.length() > 4 && (!goals || ROLE_WORDS.matcher(body).find())) {
                int start = lineStart + lead;
                out.add(new Segment(number + "." + (++n), firstPhrase(body), start, start + body.length()));
            }
            lineStart = lineEnd + 1;
        }
    }

    private static List<Heading> headings(String text, int end) {
        List<Heading> candidates = new ArrayList<>();
        for (Style style : Style.values()) {
            Matcher m = style.pattern.matcher(text).region(0, end);
            while (m.find()) {
                if (!style.anywhere && !opensItem(text, m.start(), style.lineStartOnly)) {
                    continue;
                }
                OptionalInt value = m.group(1).equals("-") ? OptionalInt.of(1)
                        : style == Style.CIRCLED ? OptionalInt.of(m.group(1).charAt(0) - '①' + 1)
                        : ChineseNumbers.parse(m.group(1));
                if (value.isPresent()) {
                    int bodyStart = m.end();
                    while (bodyStart < end && Character.isWhitespace(text.charAt(bodyStart)) && text.charAt(bodyStart) != '\n') {
                        bodyStart++;
                    }
                    candidates.add(new Heading(style, value.getAsInt(), m.start(), bodyStart));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Heading::start));
        return inSequence(candidates);
    }

    /** Keeps the headings that continue their level's numbering (1 after the parent opened, then +1). */
    private static List<Heading> inSequence(List<Heading> candidates) {
        List<Heading> accepted = new ArrayList<>();
        int[] last = new int[Style.values().length];
        for (Heading h : candidates) {
            int rank = h.style().ordinal();
            // An excerpt may start at any item of a level, but "(一)", which may open anywhere, must start at one.
            boolean firstOfLevel = last[rank] == 0 && !h.style().anywhere;
            if (h.value() == last[rank] + 1 || firstOfLevel) {
                accepted.add(h);
                last[rank] = h.value();
                for (int r = rank + 1; r < last.length; r++) {
                    last[r] = 0;
                }
            }
        }
        return accepted;
    }

    private static boolean opensItem(String text, int at, boolean lineStartOnly) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u3000')) {
            i--;
        }
        if (i < 0 || text.charAt(i) == '\n') {
            return true;
        }
        return !lineStartOnly && "。;:)".indexOf(text.charAt(i)) >= 0;
    }

    private static int parentIndex(List<Heading> headings, int i) {
        int rank = headings.get(i).style().ordinal();
        for (int j = i - 1; j >= 0; j--) {
            if (headings.get(j).style().ordinal() < rank) {
                return j;
            }
        }
        return -1;
    }

    private static List<Integer> childIndexes(List<Heading> headings, int i) {
        List<Integer> children = new ArrayList<>();
        int rank = headings.get(i).style().ordinal();
        int childRank = Integer.MAX_VALUE;
        for (int j = i + 1; j < headings.size() && headings.get(j).style().ordinal() > rank; j++) {
            childRank = Math.min(childRank, headings.get(j).style().ordinal());
        }
        for (int j = i + 1; j < headings.size() && headings.get(j).style().ordinal() > rank; j++) {
            if (headings.get(j).style().ordinal() == childRank) {
                children.add(j);
            }
        }
        return children;
    }

    private static int subtreeEnd(List<Heading> headings, int i, int end) {
        int rank = headings.get(i).style().ordinal();
        for (int j = i + 1; j < headings.size(); j++) {
            if (headings.get(j).style().ordinal() <= rank) {
                return headings.get(j).start();
            }
        }
        return end;
    }

    /**
     * The heading phrase: up to the first 。, the line end, or the next heading. A heading broken across
     * lines ("…及新开工" / "项目开工率达到100%以上。") is joined when its sentence ends shortly after.
     */
    private static String title(String text, Heading h, List<Heading> headings, int i, int hEnd) {
        int limit = i + 1 < headings.size() ? Math.min(headings.get(i + 1).start(), hEnd) : hEnd;
        int stop = limit;
        for (int k = h.bodyStart(); k < limit; k++) {
            char c = text.charAt(k);
            if (c == '。' || c == '\n' || c == ';') {
                stop = k;
                break;
            }
        }
        String title = text.substring(h.bodyStart(), stop).strip();
        if (stop < limit && text.charAt(stop) == '\n' && !title.isEmpty() && h.style() != Style.SECTION) {
            String rest = text.substring(stop, limit).stripLeading();
            int period = rest.indexOf('。');
            if (period > 0 && period <= 30 && rest.substring(0, period).indexOf('\n') < 0) {
                title += rest.substring(0, period);
            }
        }
        return stripTrailingPunctuation(title);
    }

    // ---------------------------------------------------------------- unnumbered texts

    private static List<Segment> unnumbered(String text, int end) {
        List<Segment> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < end) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 || lineEnd > end ? end : lineEnd;
            String line = text.substring(lineStart, lineEnd);
            Matcher aspect = ASPECT.matcher(line);
            Matcher asks = PLAN_ASKS.matcher(line);
            if (aspect.lookingAt()) {
                String number = "p" + (countTopLevel(out) + 1);
                out.add(paragraph(text, lineStart, lineEnd, number, aspect.group(1)));
                subHeadings(text, lineStart + aspect.end(), out.get(out.size() - 1).end(), number, out);
            } else if (asks.lookingAt()) {
                out.add(paragraph(text, lineStart, lineEnd, "p" + (countTopLevel(out) + 1), asks.group(1)));
            } else {
                demands(text, lineStart, lineEnd, out);
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /** "系统谋划,…。分级谋划,…": short headings that open the sentences of an "X方面," paragraph. */
    private static void subHeadings(String text, int from, int to, String parent, List<Segment> out) {
        List<int[]> found = new ArrayList<>();
        for (int i = from; i < to; i++) {
            boolean opens = i == from || "。;".indexOf(text.charAt(i - 1)) >= 0;
            Matcher h = SUB_HEADING.matcher(text).region(i, to);
            if (opens && h.lookingAt() && !CONNECTIVE.matcher(h.group(1)).find()) {
                found.add(new int[] {i, h.end(1)});
            }
        }
        for (int k = 0; k < found.size(); k++) {
            int start = found.get(k)[0];
            int stop = k + 1 < found.size() ? found.get(k + 1)[0] : to;
            out.add(new Segment(parent + "." + (k + 1), text.substring(start, found.get(k)[1]), start, trimEnd(text, start, stop)));
        }
    }

    private static long countTopLevel(List<Segment> segments) {
        return segments.stream().filter(s -> s.number().indexOf('.') < 0).count();
    }

    private static Segment paragraph(String text, int lineStart, int lineEnd, String number, String title) {
        String line = text.substring(lineStart, lineEnd);
        int start = lineStart + (line.length() - line.stripLeading().length());
        return new Segment(number, title.strip(), start, lineStart + line.stripTrailing().length());
    }

    /** "一要抓认识。…二要抓谋划。…": a run of at least two demands numbered from 一. */
    private static void demands(String text, int lineStart, int lineEnd, List<Segment> out) {
        Matcher m = DEMAND.matcher(text).region(lineStart, lineEnd);
        List<int[]> run = new ArrayList<>();
        int expected = 1;
        while (m.find()) {
            if (ChineseNumbers.parse(m.group(1)).orElse(0) == expected) {
                run.add(new int[] {m.start(), m.end()});
                expected++;
            }
        }
        if (run.size() < 2) {
            return;
        }
        for (int k = 0; k < run.size(); k++) {
            int start = run.get(k)[0];
            int end = k + 1 < run.size() ? run.get(k + 1)[0] : lineStart + text.substring(lineStart, lineEnd).stripTrailing().length();
            int titleEnd = start;
            while (titleEnd < end && "。;".indexOf(text.charAt(titleEnd)) < 0) {
                titleEnd++;
            }
            out.add(new Segment("p" + (countTopLevel(out) + 1), text.substring(run.get(k)[1], titleEnd).strip(), start, trimEnd(text, start, end)));
        }
    }

    // ---------------------------------------------------------------- helpers

    private static int contentEnd(String text) {
        Matcher footer = FOOTER.matcher(text);
        return footer.find() ? footer.start() : text.length();
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static String firstPhrase(String body) {
        int stop = body.length();
        for (int k = 0; k < body.length(); k++) {
            if ("。;".indexOf(body.charAt(k)) >= 0) {
                stop = k;
                break;
            }
        }
        return stripTrailingPunctuation(body.substring(0, stop));
    }

    private static String stripTrailingPunctuation(String s) {
        return s.replaceAll("[,。;:、\\s]+$", "");
    }
}

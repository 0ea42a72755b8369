package io.policygraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a plan into its work items. Numbered plans: the numbering tree (第N章 第N条 一、 (一) 1. 1、 1﹒
 * (1) ①; full-width forms arrive narrowed by the normaliser), where an item is only accepted when it
 * continues its level's sequence, so that stray "(二)" or "3." in a sentence cannot open an item;
 * numbers may run on across groups ("(二)" then "6."), start again for a second plan in one notice,
 * or skip a number a copy lost. One-line crawled copies are cut at their inline numbers. Top section
 * headings (一、总体要求, 二、重点任务) are not tasks: their items are, or, in a section of unnumbered
 * paragraphs that each end in a role statement, those paragraphs; a section without either is one
 * task. Sections that frame the plan (指导思想, 保障措施, 组织实施) give only items that name who does
 * them; goal sections only items that assign actors. A notice whose plan is its 附件 is read there.
 * Unnumbered texts (news reports): "X方面,…" paragraphs, "一要…二要…" demands and "《方案》还要求…"
 * closings. Pure and thread-safe.
 */
public final class TaskSegmenter {

    /**
     * A work item: numbering path, heading phrase, its stretch [start, end) of the text, and where its
     * own words end ({@code ownEnd}): before its first numbered sub-item, so that a group heading is
     * not credited with its items' roles and deadlines.
     */
    public record Segment(String number, String title, int start, int end, int ownEnd) {

        public Segment(String number, String title, int start, int end) {
            this(number, title, start, end, end);
        }
    }

    private enum Style {
        CHAPTER("第([一二三四五六七八九十]{1,3})章", true, false),
        ARTICLE("第([一二三四五六七八九十百]{1,4})条", true, false),
        SECTION("([一二三四五六七八九十]{1,3})、", false, false),
        PAREN_CHINESE("\\(([一二三四五六七八九十]{1,3}|-)\\)", false, true),
        ARABIC("(\\d{1,2})[.、﹒](?!\\d)", true, false),
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
                case CHAPTER -> "第" + ChineseNumbers.format(value) + "章";
                case ARTICLE -> "第" + ChineseNumbers.format(value) + "条";
                case SECTION -> ChineseNumbers.format(value);
                case PAREN_CHINESE -> "(" + ChineseNumbers.format(value) + ")";
                case ARABIC -> String.valueOf(value);
                case PAREN_ARABIC -> "(" + value + ")";
                case CIRCLED -> String.valueOf((char) ('①' + value - 1));
            };
        }
    }

    /** A numbering mark; {@code strong} when it opens a line (or a run of a one-line copy after a space). */
    private record Heading(Style style, int value, int start, int bodyStart, boolean strong) {
    }

    /** A crawled copy with no line breaks: its lines run to thousands of characters. */
    private static final int ONE_LINE_COPY = 1000;
    /** A heading longer than this is a sentence, not a heading. */
    private static final int LONG_TITLE = 30;
    private static final int MIN_CLAUSE = 6;
    /** A clause that states a basis or means, not the work itself. */
    private static final Pattern CIRCUMSTANCE = Pattern.compile("(根据|按照|依据|依托|围绕|结合|对照|针对|通过|为了)");
    /** The most numbers of one level a crawled copy is taken to have lost in a row. */
    private static final int MAX_GAP = 3;

    private static final Pattern FRAMING = Pattern.compile(
            "^(指导思想|总体思路|总体要求|基本原则|工作原则|编制依据|职责分工|主要部门职责|部门职责|保障措施|组织保障|组织实施|保障机制|工作保障|实施保障|成果考核|考核办法|考核评估|督查考核|附件|总则|附则)");
    private static final Pattern GOALS = Pattern.compile("^(主要目标|工作目标|目标任务|发展目标|总体目标|行动目标|目标)");
    /** A heading that names a part of the plan ("重点任务", "有关要求…"), not a piece of work ("实施招商行动"). */
    private static final Pattern SECTION_TITLE = Pattern.compile(
            "^(重点|主要|有关|工作|具体|专项|保障|组织)?(任务|措施|工作|行动|举措|要求|机制|内容|安排)");
    private static final RoleExtractor ROLES = new RoleExtractor();
    private static final Pattern ROLE_WORDS = Pattern.compile("牵头|责任单位|责任部门|配合单位|负责\\)");
    /**
     * Where the body ends: an attachment, a copy-to line, page chrome, or the heading of an appended list of
     * people ("…领导小组成员名单", "…专项工作组名单"), which belongs to no task.
     */
    private static final Pattern FOOTER = Pattern.compile("\\n[ \\t\\u3000]*(附件|抄送|相关解读|\\[编辑|责任编辑|版权声明|扫一扫"
            + "|[^\\n,。;:]{2,40}?(?:名单|一览表)[ \\t\\u3000]*(?=\\n|$))");
    private static final Pattern ASPECT = Pattern.compile("[ \\t\\u3000]*([^,。;:\\n]{2,16}?)方面,");
    private static final Pattern DEMAND = Pattern.compile("([一二三四五六七八九十])(是要|要|是)(?=[^,。;]{2,40}[。;])");
    private static final Pattern SUB_HEADING = Pattern.compile("([\\u4e00-\\u9fa5]{4,6}),");
    private static final Pattern CONNECTIVE = Pattern.compile("^(同时|此外|其中|目前|另外|总之|首先|其次|最后|对此)|的");
    private static final Pattern PLAN_ASKS = Pattern.compile("[ \\t\\u3000]*(?:此外,)?《[^》]+》还?(?:要求|提出|强调)(?!了)([^,。;]+)");

    /**
     * The numbered items of the sections that frame the plan (保障措施, 组织实施 …): not tasks by their
     * place, but a division table may assign them bodies, which makes them tasks.
     */
    public List<Segment> framingItems(String text) {
        int end = contentEnd(text);
        List<Heading> headings = headings(text, 0, end);
        List<Segment> out = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            if (parentIndex(headings, i) >= 0 || h.style() != Style.SECTION && h.style() != Style.CHAPTER) {
                continue;
            }
            String title = title(text, h, headings, i, subtreeEnd(headings, i, end));
            if (FRAMING.matcher(title.replaceFirst("^[^\\p{IsHan}]+", "")).find()) {
                for (int c : childIndexes(headings, i)) {
                    addItem(text, headings, c, h.style().label(h.value()) + "." + headings.get(c).style().label(headings.get(c).value()), end, out);
                }
            }
        }
        return out;
    }

    /**
     * Where the numbered headings start that are read as the plan's structure rather than as work: section
     * headings, headings that group items, and every item of a framing section (指导思想, 保障措施 …) or a
     * goals section; and where the body ends. The audit reports only numbered lines that are neither tasks
     * nor structure.
     */
    public ExtractionAudit.Structure structure(String text) {
        int end = contentEnd(text);
        List<Heading> headings = headings(text, 0, end);
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            if (!childIndexes(headings, i).isEmpty()) {
                out.add(h.start());
            }
            if (parentIndex(headings, i) >= 0 || h.style() != Style.SECTION && h.style() != Style.CHAPTER) {
                continue;
            }
            out.add(h.start());
            String words = title(text, h, headings, i, subtreeEnd(headings, i, end)).replaceFirst("^[^\\p{IsHan}]+", "");
            if (FRAMING.matcher(words).find() || GOALS.matcher(words).find()) {
                int sectionEnd = subtreeEnd(headings, i, end);
                headings.stream().filter(d -> d.start() > h.start() && d.start() < sectionEnd).forEach(d -> out.add(d.start()));
            }
        }
        return new ExtractionAudit.Structure(Set.copyOf(out), end);
    }

    public List<Segment> segment(String text) {
        int end = contentEnd(text);
        List<Heading> headings = headings(text, 0, end);
        if (headings.isEmpty() || !hasWork(text, headings, end)) {
            // A notice whose plan is its attachment: the numbered items are after "附件".
            int attachment = attachmentStart(text, end);
            if (attachment >= 0) {
                int attachmentEnd = contentEnd(text, attachment);
                List<Heading> inAttachment = headings(text, attachment, attachmentEnd);
                if (!inAttachment.isEmpty()) {
                    return numbered(text, inAttachment, attachmentEnd);
                }
            }
        }
        return headings.isEmpty() ? unnumbered(text, end) : numbered(text, headings, end);
    }

    private boolean hasWork(String text, List<Heading> headings, int end) {
        return !numbered(text, headings, end).isEmpty();
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
            boolean topSection = h.style() == Style.SECTION || h.style() == Style.CHAPTER
                    || h.style() == Style.ARTICLE && !children.isEmpty() && headings.get(children.get(0)).style() == Style.ARTICLE;
            if (!topSection) {
                addItem(text, headings, i, number, end, out);
                continue;
            }
            // Classified on its words alone: stray marks before them ("一、 □工作目标") change nothing.
            String words = title.replaceFirst("^[^\\p{IsHan}]+", "");
            if (FRAMING.matcher(words).find()) {
                // A framing item that names who does it ("(十四)加强组织领导。…(发展改革委、扶贫办等负责)") is work.
                for (int c : children) {
                    Heading child = headings.get(c);
                    int ownEnd = childIndexes(headings, c).isEmpty() ? subtreeEnd(headings, c, end)
                            : headings.get(childIndexes(headings, c).get(0)).start();
                    if (!ROLES.extract(text.substring(child.start(), ownEnd)).isEmpty()) {
                        addItem(text, headings, c, number + "." + child.style().label(child.value()), end, out);
                    }
                }
                continue;
            }
            boolean goals = GOALS.matcher(words).find();
            if (children.isEmpty()) {
                int bodyFrom = Math.min(hEnd, h.bodyStart() + title.length());
                List<Segment> assigned = new ArrayList<>();
                paragraphs(text, bodyFrom, hEnd, number, true, assigned);
                if (assigned.size() >= 2 || goals || SECTION_TITLE.matcher(words).find()) {
                    // Paragraphs that each end in their own role statement are the section's tasks.
                    out.addAll(assigned);
                } else {
                    addItem(text, headings, i, number, end, out);
                }
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
        List<Integer> children = childIndexes(headings, i);
        int ownEnd = children.isEmpty() ? hEnd : headings.get(children.get(0)).start();
        int stop = trimEnd(text, h.start(), hEnd);
        out.add(new Segment(number, title(text, h, headings, i, hEnd), h.start(), stop,
                Math.min(stop, trimEnd(text, h.start(), ownEnd))));
        for (int c : children) {
            Heading child = headings.get(c);
            addItem(text, headings, c, number + "." + child.style().label(child.value()), end, out);
        }
    }

    /**
     * Unnumbered paragraphs of a section, each a task; with {@code assignedOnly} (goal sections, policy
     * lists) only those that name who does the work.
     */
    private static void paragraphs(String text, int from, int to, String number, boolean assignedOnly, List<Segment> out) {
        int n = 0;
        int lineStart = from;
        while (lineStart < to) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 || lineEnd > to ? to : lineEnd;
            String line = text.substring(lineStart, lineEnd);
            int lead = line.length() - line.stripLeading().length();
            String body = line.strip();
            // "海关总署要继续做好牵头工作" mentions leading but assigns nothing: only a role statement counts.
            if (body.length() > 4 && (!assignedOnly || ROLE_WORDS.matcher(body).find() && !ROLES.extract(body).isEmpty())) {
                int start = lineStart + lead;
                out.add(new Segment(number + "." + (++n), firstPhrase(body), start, start + body.length()));
            }
            lineStart = lineEnd + 1;
        }
    }

    private static List<Heading> headings(String text, int from, int end) {
        List<Heading> candidates = new ArrayList<>();
        for (Style style : Style.values()) {
            Matcher m = style.pattern.matcher(text).region(from, end);
            while (m.find()) {
                Boolean strong = opening(text, m.start(), style);
                if (strong == null) {
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
                    candidates.add(new Heading(style, value.getAsInt(), m.start(), bodyStart, strong));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Heading::start));
        return inSequence(candidates);
    }

    /**
     * Keeps the headings that continue their level's numbering: 1 after the parent opened, then +1;
     * numbers that run on across parents ("(二)" then "6."); a level that starts again at 1 (a second
     * plan in one notice) when its 2 follows. A mark inside running text must continue its sequence
     * exactly; a mark at a line start may also open an excerpt at any number.
     */
    private static List<Heading> inSequence(List<Heading> candidates) {
        List<Heading> accepted = new ArrayList<>();
        int levels = Style.values().length;
        int[] last = new int[levels];
        int[] lastEver = new int[levels];
        for (int k = 0; k < candidates.size(); k++) {
            Heading h = candidates.get(k);
            int rank = h.style().ordinal();
            int v = h.value();
            boolean next = v == last[rank] + 1;
            boolean runsOn = last[rank] == 0 && lastEver[rank] > 0 && v == lastEver[rank] + 1;
            // An excerpt may start at any item of a level, but "(一)", which may open anywhere, must start at one.
            boolean excerpt = last[rank] == 0 && lastEver[rank] == 0 && h.strong();
            boolean restart = v == 1 && last[rank] >= 2 && h.strong() && followedByTwo(candidates, k);
            // A number the copy lost ("(三)" then "(六)(七)…"): the sequence goes on after the gap.
            boolean gap = last[rank] > 0 && v > last[rank] + 1 && v <= last[rank] + MAX_GAP
                    && (h.strong() || h.style().anywhere) && followedBy(candidates, k, v + 1);
            if (next || runsOn || excerpt || restart || gap) {
                accepted.add(h);
                last[rank] = v;
                lastEver[rank] = v;
                for (int r = rank + 1; r < levels; r++) {
                    last[r] = 0;
                    if (restart) {
                        lastEver[r] = 0;
                    }
                }
            }
        }
        return accepted;
    }

    private static boolean followedBy(List<Heading> candidates, int k, int value) {
        Heading h = candidates.get(k);
        for (int j = k + 1; j < candidates.size(); j++) {
            Heading o = candidates.get(j);
            if (o.style() == h.style() && o.value() == value) {
                return true;
            }
        }
        return false;
    }

    private static boolean followedByTwo(List<Heading> candidates, int k) {
        Heading h = candidates.get(k);
        for (int j = k + 1; j < candidates.size(); j++) {
            Heading o = candidates.get(j);
            if (o.style() == h.style() && o.strong()) {
                return o.value() == 2;
            }
        }
        return false;
    }

    /**
     * Whether a mark at {@code at} may open an item: null if not; TRUE when it opens a line (in a
     * one-line copy also a run after a space); FALSE when it follows a sentence end or a closing
     * bracket, or, in a one-line copy, glued to the previous heading.
     */
    private static Boolean opening(String text, int at, Style style) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u3000')) {
            i--;
        }
        if (i < 0 || text.charAt(i) == '\n') {
            return Boolean.TRUE;
        }
        boolean longLine = lineLength(text, at) >= ONE_LINE_COPY;
        if (longLine && i < at - 1) {
            return Boolean.TRUE;
        }
        char before = text.charAt(i);
        if (style.anywhere) {
            return Boolean.FALSE;
        }
        if ((!style.lineStartOnly || longLine) && "。;:)”".indexOf(before) >= 0) {
            return Boolean.FALSE;
        }
        if (longLine && style != Style.SECTION && Character.UnicodeScript.of(before) == Character.UnicodeScript.HAN) {
            return Boolean.FALSE;
        }
        return null;
    }

    private static int lineLength(String text, int at) {
        int start = text.lastIndexOf('\n', at - 1) + 1;
        int end = text.indexOf('\n', at);
        return (end < 0 ? text.length() : end) - start;
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
        return firstClauseOfLongTitle(stripTrailingPunctuation(title));
    }

    /**
     * An item whose first sentence runs on without a heading ("13.将依法行政贯穿于…全过程,全面推进政务
     * 公开,…") is named by its first clause.
     */
    private static String firstClauseOfLongTitle(String title) {
        int comma = title.indexOf(',');
        if (title.length() <= LONG_TITLE || comma < MIN_CLAUSE) {
            return title;
        }
        // "根据省政府相关要求,实施信用信息采集…制度": the work is the clause after the circumstance.
        if (CIRCUMSTANCE.matcher(title).lookingAt()) {
            int next = title.indexOf(',', comma + 1);
            return title.substring(comma + 1, next < 0 ? title.length() : next);
        }
        return title.substring(0, comma);
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

    /** The end of an attachment that starts at {@code from}: the page footer, or the end of the text. */
    private static int contentEnd(String text, int from) {
        Matcher footer = FOOTER.matcher(text).region(from, text.length());
        while (footer.find()) {
            if (!footer.group(1).equals("附件")) {
                return footer.start();
            }
        }
        return text.length();
    }

    /** Where the attachments begin, when the body ends at an "附件" line; else -1. */
    private static int attachmentStart(String text, int end) {
        return end < text.length() && text.substring(end).strip().startsWith("附件") ? end + 1 : -1;
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

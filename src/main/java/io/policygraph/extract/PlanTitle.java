package io.policygraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plan's own name and kind from its head. The name is the plan's heading (a title printed on
 * one line or broken over up to {@value #MAX_HEADING_LINES} short lines) or the name its issuing notice
 * gives ("关于印发X的通知"); of the two spellings of one name the fuller is kept (the heading's
 * "关于推进…方案" over the notice's "推进…方案", the notice's "“大提速”" over a heading that lost its
 * quotes). A document only cited (《…》 in the preamble) never names the plan unless nothing else does.
 * Pure and thread-safe.
 */
final class PlanTitle {

    /** The words plan names end with; a notice (…的通知) is the envelope, not the plan. */
    private static final String PLAN_SUFFIX = "(?:方案|计划|要点|意见|规划|办法|细则|措施|举措|政策|安排|纲要)";
    /** A heading line: no sentence punctuation, ends with a plan word and possibly a span "(2021-2023年)". */
    private static final Pattern HEADING = Pattern.compile(
            "(?<title>[^,。;:!?《》]{4,80}?" + PLAN_SUFFIX + "(?:\\([^()]{4,14}\\))?)");
    /** A heading run into the preamble: "…行动方案为深入贯彻…". */
    private static final Pattern HEADING_RUN_IN = Pattern.compile(
            "(?<title>[^,。;:!?《》]{4,80}?" + PLAN_SUFFIX + "(?:\\([^()]{4,14}\\))?)(?=为|根据|按照|经)");
    /** A numbered section heading ("三、保障措施", "(一)工作安排") is part of the body, not the plan's name. */
    private static final Pattern NUMBERED = Pattern.compile("^(?:[一二三四五六七八九十]+、|\\(|\\d+[.、])");
    private static final Pattern ISSUING_NOTICE = Pattern.compile("(?:关于)?印发(?<title>.{4,90}?)的通知");
    /** "现将《X》印发给你们", "《X》已经省政府同意": the plan a notice without a title line issues. */
    private static final Pattern ISSUED_QUOTED = Pattern.compile("《(?<title>[^《》]{4,80})》(?:已经|现印发|现予以印发|印发给)");
    /** The words a document's own name ends with, a notice or an opinion included. */
    private static final Pattern DOCUMENT_NAME = Pattern.compile("(?:" + PLAN_SUFFIX + "|通知|决定|意见)$");
    /** One of the documents a notice issues, with the 和/及/、 that joins it to the next. */
    private static final Pattern ISSUED_DOCUMENT = Pattern.compile(
            "(?<name>[^和及、]{6,60}?" + PLAN_SUFFIX + "(?:\\([^()]{4,14}\\))?)(?:和|及|、|$)");
    /** The words that cite another document: "根据《…》", "贯彻落实《…》", "按照国务院安委会《…》". */
    private static final Pattern CITING = Pattern.compile("根据|依据|按照|贯彻|落实|参照|对照|执行|结合");
    /** Where the clause that holds a citation starts. */
    private static final String CLAUSE_BREAKS = ",。;:!?\n";
    /**
     * A document's own name on its first line, issuers first: "国务院办公厅关于…的通知", "工业和信息化部办公厅
     * 公安部办公厅…关于开展…的通知" (a joint notice lists its issuers with spaces between).
     */
    private static final Pattern OWN_NAME_LINE = Pattern.compile(
            "(?<title>[^,。;:!?《》〔]{2,80}关于[^,。;:!?《》〔]{4,90}的(?:通知|指导意见|实施意见|意见|决定))");
    /** A text without a title line names its subject in the preamble: "现就以“两好”推进…工作提出以下实施意见". */
    private static final Pattern PREAMBLE_SUBJECT = Pattern.compile(
            "现就(?<subject>[^,。;:!?]{4,80}?)提出(?:以下|如下)(?<kind>指导意见|实施意见|意见)");
    private static final Pattern PARENTHESIS = Pattern.compile("\\([^()]*\\)");
    private static final Pattern PLAN_NAME = Pattern.compile("(?:方案|计划|要点)$");
    private static final Pattern QUOTED_PLAN = Pattern.compile(
            "《(?<title>[^《》]{4,80}?" + PLAN_SUFFIX + "(?:\\([^()]{4,14}\\))?)(?:\\.[a-z]{3,4})?》");
    private static final Pattern PLAN_ANNOUNCED = Pattern.compile("《(?<title>[^《》]{4,80}?)》(?:正式)?(?:出台|印发|发布|出炉|公布)");
    private static final Pattern SPACE_BETWEEN_HAN = Pattern.compile("(?<=\\p{IsHan}|[《》“”])[ \\t]+(?=\\p{IsHan}|[《》“”])");
    private static final Pattern SPAN_SUFFIX = Pattern.compile("\\([^()]*\\)$");
    /** "分工方案", "任务分解…方案", "落实方案", "办理方案": a plan that hands out work already decided. */
    private static final Pattern ALLOCATION_PLAN = Pattern.compile("(?:分工|分解|落实|办理)[^方]{0,6}方案$|工作(?:方案|要点|计划|安排)$");
    private static final Pattern ACTION_PLAN = Pattern.compile("(?:方案|计划)$");

    /** Longer than any plan's name (the longest in the answer keys and the pool is under 60 characters). */
    private static final int MAX_TITLE = 120;
    /** Heading lines are short; a longer line is prose. */
    private static final int MAX_HEADING_LINE = 40;
    static final int MAX_HEADING_LINES = 3;
    /** How far into the text the heading and the notice are looked for (lines / characters). */
    private static final int HEAD_LINES = 40;
    private static final int HEAD_CHARS = 600;
    /** Two spellings with at least this bigram overlap name the same plan. */
    private static final double SAME_NAME = 0.75;
    /** A spelling that keeps another's characters in order names the same plan if it is not much longer. */
    private static final double SUBSEQUENCE_LENGTH_RATIO = 0.6;

    private PlanTitle() {
    }

    static String of(String text, boolean news) {
        if (news) {
            Matcher announced = PLAN_ANNOUNCED.matcher(text);
            if (announced.find() && announced.start() < text.length() / 3) {
                return clean(announced.group("title"));
            }
            return firstLine(text);
        }
        List<String> lines = headLines(text);
        String notice = planOf(notice(lines));
        Optional<String> heading = heading(lines);
        if (notice != null) {
            return heading.filter(h -> sameName(h, notice)).map(h -> fuller(h, notice)).orElse(notice);
        }
        Optional<String> top = topTitle(lines);
        if (top.isPresent()) {
            return top.get();
        }
        if (heading.isPresent()) {
            return heading.get();
        }
        String first = firstLine(text);
        if (first != null) {
            Matcher own = OWN_NAME_LINE.matcher(first);
            if (own.matches()) {
                return clean(own.group("title"));
            }
        }
        Matcher quoted = QUOTED_PLAN.matcher(text);
        while (quoted.find()) {
            if (!cited(text, quoted.start())) {
                return clean(quoted.group("title"));
            }
        }
        Matcher preamble = PREAMBLE_SUBJECT.matcher(text.substring(0, Math.min(text.length(), HEAD_CHARS)));
        if (preamble.find()) {
            return clean(PARENTHESIS.matcher(preamble.group("subject")).replaceAll("") + "的" + preamble.group("kind"));
        }
        // An addressee line or a 文号 names no document, and a first line of prose (a one-line copy of the
        // whole text) is no name: then the text does not say its name.
        return first == null || first.endsWith(":") || first.contains("〔") || first.length() > MAX_TITLE ? null : first;
    }

    /**
     * Of a notice that issues two documents ("支持工业互联网发展若干政策和安徽省工业互联网创新发展行动计划
     * (2021—2023年)"), the plan (方案, 计划, 要点); a single name as it is.
     */
    private static String planOf(String notice) {
        if (notice == null) {
            return null;
        }
        Matcher doc = ISSUED_DOCUMENT.matcher(notice);
        List<String> parts = new ArrayList<>();
        int end = 0;
        while (doc.find() && doc.start() == end) {
            parts.add(doc.group("name"));
            end = doc.end();
        }
        if (parts.size() < 2 || end != notice.length()) {
            return notice;
        }
        return parts.stream().filter(p -> PLAN_NAME.matcher(SPAN_SUFFIX.matcher(p).replaceAll("")).find())
                .reduce((a, b) -> b).orElse(notice);
    }

    /** ACTION_PLAN, WORK_PLAN or OTHER (意见, 办法, 政策 …) by the last words of the name. */
    static DocumentKind kind(String title) {
        if (title == null) {
            return DocumentKind.OTHER;
        }
        String name = SPAN_SUFFIX.matcher(title).replaceAll("");
        if (ALLOCATION_PLAN.matcher(name).find()) {
            return DocumentKind.WORK_PLAN;
        }
        return ACTION_PLAN.matcher(name).find() ? DocumentKind.ACTION_PLAN : DocumentKind.OTHER;
    }

    /** The first lines of the text; a one-line copy's fields are separated by spaces, so spaces split too. */
    private static List<String> headLines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.lines().limit(HEAD_LINES).toList()) {
            String l = SPACE_BETWEEN_HAN.matcher(line.strip()).replaceAll(" ");
            if (l.length() > MAX_HEADING_LINE && l.contains(" ")) {
                for (String part : l.split(" +")) {
                    out.add(part.strip());
                }
            } else {
                out.add(l);
            }
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    /**
     * The name printed above the 文号 or the addressee line, on up to three short lines ("国务院关于支持
     * 自由贸易试验区" / "深化改革创新若干措施的通知" / "国发〔2018〕38号"): the document's own title.
     */
    private static Optional<String> topTitle(List<String> lines) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < lines.size() && i <= MAX_HEADING_LINES; i++) {
            String line = lines.get(i);
            if (line.contains("〔") || line.endsWith(":")) {
                return i > 0 && DOCUMENT_NAME.matcher(joined).find() ? Optional.of(clean(joined.toString())) : Optional.empty();
            }
            if (line.contains("《") || Dates.DATE.matcher(line).find() || line.length() > MAX_HEADING_LINE || i == MAX_HEADING_LINES) {
                return Optional.empty();
            }
            joined.append(line);
        }
        return Optional.empty();
    }

    /** The plan name of an issuing notice among the first lines (its name may be broken over lines). */
    private static String notice(List<String> lines) {
        int read = 0;
        for (int i = 0; i < lines.size() && read < HEAD_CHARS; read += lines.get(i).length(), i++) {
            for (int n = 1; n <= MAX_HEADING_LINES && i + n <= lines.size(); n++) {
                String joined = String.join("", lines.subList(i, i + n));
                Matcher m = ISSUING_NOTICE.matcher(joined);
                // a notice named inside 《》 is one the text cites, not its own envelope
                if (m.find() && (n == 1 || m.start() < lines.get(i).length()) && !insideCitation(joined, m.start())) {
                    return clean(m.group("title"));
                }
                if (lines.get(i + n - 1).length() > MAX_HEADING_LINE) {
                    break;
                }
            }
            Matcher quoted = ISSUED_QUOTED.matcher(lines.get(i));
            if (quoted.find()) {
                return clean(quoted.group("title"));
            }
        }
        return null;
    }

    /** Whether a citing word opens the clause that holds the 《》 at {@code at} ("严格落实《A》和《B》"). */
    private static boolean cited(String text, int at) {
        int start = at;
        while (start > 0 && CLAUSE_BREAKS.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return CITING.matcher(text.substring(start, at)).find();
    }

    private static boolean insideCitation(String s, int at) {
        return s.lastIndexOf('《', at) > s.lastIndexOf('》', at);
    }

    /**
     * The first heading line; else the first heading broken over up to three short lines. A line with a
     * date, a 文号 or a notice is the envelope and never part of a heading.
     */
    private static Optional<String> heading(List<String> lines) {
        for (int size = 1; size <= MAX_HEADING_LINES; size++) {
            for (int i = 0; i + size <= lines.size(); i++) {
                List<String> run = lines.subList(i, i + size);
                if (size == 1) {
                    // A one-line copy runs the heading into the whole text, whose prose further on holds dates
                    // and notices: only the heading itself must not be an envelope.
                    Matcher runIn = HEADING_RUN_IN.matcher(run.get(0));
                    if (runIn.lookingAt() && !envelope(runIn.group("title")) && !HEADING.matcher(run.get(0)).matches()) {
                        return Optional.of(clean(runIn.group("title")));
                    }
                }
                if (run.stream().anyMatch(PlanTitle::envelope)
                        || size > 1 && run.stream().anyMatch(l -> l.length() > MAX_HEADING_LINE)) {
                    continue;
                }
                String joined = String.join("", run);
                Matcher h = HEADING.matcher(joined);
                if (h.matches()) {
                    return Optional.of(clean(size == 1 ? withHead(lines, i, h.group("title")) : h.group("title")));
                }
            }
        }
        return Optional.empty();
    }

    /** A heading line whose name began on the line above ("国务院关于促进综合保税区" / "高水平开放…的若干意见"). */
    private static String withHead(List<String> lines, int i, String title) {
        if (i == 0) {
            return title;
        }
        String above = lines.get(i - 1);
        String joined = above + title;
        return above.length() <= MAX_HEADING_LINE && !envelope(above) && !HEADING.matcher(above).matches()
                && HEADING.matcher(joined).matches() ? joined : title;
    }

    private static boolean envelope(String line) {
        return line.contains("通知") || line.contains("《") || line.contains("〔") || NUMBERED.matcher(line).lookingAt()
                || Dates.DATE.matcher(line).find() || Dates.CHINESE_DATE.matcher(line).find();
    }

    private static boolean sameName(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= SUBSEQUENCE_LENGTH_RATIO * longer.length() && isSubsequence(shorter, longer)
                || dice(a, b) >= SAME_NAME;
    }

    /** Of two spellings of one name, the one that holds the other's characters and more. */
    private static String fuller(String heading, String notice) {
        if (isSubsequence(heading, notice) && notice.length() > heading.length()) {
            return notice;
        }
        return heading;
    }

    private static boolean isSubsequence(String shorter, String longer) {
        int j = 0;
        for (int i = 0; i < longer.length() && j < shorter.length(); i++) {
            if (longer.charAt(i) == shorter.charAt(j)) {
                j++;
            }
        }
        return j == shorter.length();
    }

    private static double dice(String a, String b) {
        java.util.Set<String> x = new java.util.HashSet<>();
        java.util.Set<String> y = new java.util.HashSet<>();
        for (int i = 0; i + 1 < a.length(); i++) {
            x.add(a.substring(i, i + 2));
        }
        for (int i = 0; i + 1 < b.length(); i++) {
            y.add(b.substring(i, i + 2));
        }
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        long shared = x.stream().filter(y::contains).count();
        return 2.0 * shared / (x.size() + y.size());
    }

    /** The name without 《》 and without the spaces a page put between its characters. */
    private static String clean(String title) {
        return title.replaceAll("[《》]", "").replaceAll("\\s+", "").strip();
    }

    private static String firstLine(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(null);
    }
}

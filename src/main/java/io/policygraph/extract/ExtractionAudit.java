package io.policygraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks over a plan's text for statements that have the shape of a fact but did not become one in
 * the extraction: the audit of what was not read. No answer key covers the next plan a user loads,
 * so these pointers are how a researcher (and a developer) sees what to double-check. Pure and
 * thread-safe; the patterns are deliberately wider than the extractors' so the gap shows.
 */
public final class ExtractionAudit {

    /**
     * Role labels and what each asks of the task that holds it. Only a label followed by its list
     * ("牵头单位：…") counts: in prose "各责任单位自行组织实施" names no body.
     */
    private static final Pattern ROLE_LABEL = Pattern.compile(
            "(?:(?<lead>牵头单位|牵头部门|主责单位|主责部门|主办单位)"
                    + "|(?<responsible>责任单位|责任部门|负责单位|负责部门|实施单位|承办单位|责任分工)"
                    + "|(?<support>配合单位|配合部门|协办单位|参与单位|协同单位))[ \\u3000]*[:：]");
    /** A closing bracket of bodies: （省发展改革委、省财政厅负责）, （X牵头，Y参与）. */
    private static final Pattern ROLE_BRACKET = Pattern.compile("[(（][^()（）。]{2,80}?(负责|牵头|配合|参与|协办)[)）]");

    /**
     * A numbered item where an item can start: at a line start or after a sentence end (crawled
     * copies run every item on one line). Group "top" is a 一、 section numeral.
     */
    private static final Pattern NUMBERED = Pattern.compile(
            "(?:^|(?<=[\\n。；;：:)）]))[ \\t\\u3000]*(?:(?<top>[一二三四五六七八九十]{1,3}、)"
                    + "|[(（][一二三四五六七八九十]{1,3}[)）]"
                    + "|\\d{1,2}[.．、](?![\\d％%])"
                    + "|[(（]\\d{1,2}[)）]"
                    + "|[①-⑳]"
                    + "|第[一二三四五六七八九十百]{1,4}条)", Pattern.MULTILINE);
    /** How far past a numbering mark a task may start and still be the item it opens. */
    private static final int TASK_START_SLACK = 3;
    /** A 一、 line this short (to its first full stop) is a section heading, not an item of work. */
    private static final int HEADING_MAX_CHARS = 24;

    /** Marks of a formula: the number after one is a constant ("×100%"). */
    private static final String FORMULA_MARKS = "×*/÷=";
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.〔\\[第])(?<value>\\d+(?:\\.\\d+)?)");
    /** Digits that are a date or a position, not a quantity: 2023年, 3月, 15日, 第3, 〔2023〕. */
    private static final Pattern NOT_A_QUANTITY = Pattern.compile("^(年|月|日|号|时|岁|周岁|季度|批次|\\.|．|、|〕|\\))");

    private static final Pattern DEADLINE_PHRASE = Pattern.compile(
            "(?:\\d{4}年)?(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:底|末|份|中旬|上旬|下旬)?前?"
                    + "|(?:年底|年末|年内|上半年|下半年|[一二三四1-4]季度)(?:前|内)?"
                    + "|[\\d一二三四五六七八九十两]+(?:个)?(?:工作日|日|天|月|个月|年)内"
                    + "|(?:印发|发布|实施)之日起"
                    + "|到\\d{4}年"
                    + "|\\d{4}年(?:底|末)?前"
                    + "|长期坚持|持续推进|适时|每(?:月|季度|周)");

    private final List<String> measureWords;
    private final Predicate<String> knownBodyType;

    /**
     * @param measureWords  units a quantity may be stated in (see measure-words.txt)
     * @param knownBodyType whether a body type is a full name the catalog knows (发展和改革委员会 yes, 经发局 no)
     */
    public ExtractionAudit(List<String> measureWords, Predicate<String> knownBodyType) {
        this.measureWords = measureWords.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.knownBodyType = knownBodyType;
    }

    /** The audit with the standard measure words, judging body names by {@code catalog}. */
    public static ExtractionAudit of(DepartmentCatalog catalog) {
        return new ExtractionAudit(DataFiles.lines("/policygraph/measure-words.txt"), catalog::knowsType);
    }

    /**
     * What the task reader took for the plan's structure: where its section, grouping and framing headings
     * start (not missed tasks), and where the body it read ends (an attachment after it was not read).
     */
    public record Structure(Set<Integer> headings, int bodyEnd) {
        public static final Structure UNKNOWN = new Structure(Set.of(), Integer.MAX_VALUE);
    }

    /** Every warning for one extracted plan, in text order. */
    public List<ExtractionWarning> audit(PlanExtraction plan) {
        return audit(plan, Structure.UNKNOWN);
    }

    /** Every warning for one extracted plan, in text order, knowing the structure the task reader saw. */
    public List<ExtractionWarning> audit(PlanExtraction plan, Structure structure) {
        List<ExtractionWarning> warnings = new ArrayList<>();
        unresolvedRoles(plan, warnings);
        unexpandedAbbreviations(plan, warnings);
        numberedLinesNotTasks(plan, structure, warnings);
        quantitiesNotTargets(plan, warnings);
        deadlinesNotParsed(plan, warnings);
        warnings.sort(Comparator.comparingInt(ExtractionWarning::start).thenComparing(ExtractionWarning::kind));
        return List.copyOf(warnings);
    }

    private static void unresolvedRoles(PlanExtraction plan, List<ExtractionWarning> out) {
        String text = plan.text();
        Matcher label = ROLE_LABEL.matcher(text);
        while (label.find()) {
            Task task = innermostTask(plan.tasks(), label.start());
            boolean read = task != null && (label.group("lead") != null ? !task.leads().isEmpty()
                    : label.group("support") != null ? !task.supports().isEmpty()
                    : !task.leads().isEmpty() || !task.responsible().isEmpty());
            if (!read && !inTable(plan, label.start())) {
                out.add(warning(ExtractionWarning.Kind.UNRESOLVED_ROLE, text, label.start(), lineEnd(text, label.end())));
            }
        }
        Matcher bracket = ROLE_BRACKET.matcher(text);
        while (bracket.find()) {
            Task task = innermostTask(plan.tasks(), bracket.start());
            if (task == null || task.leads().isEmpty() && task.responsible().isEmpty() && task.supports().isEmpty()) {
                out.add(warning(ExtractionWarning.Kind.UNRESOLVED_ROLE, text, bracket.start(), bracket.end()));
            }
        }
    }

    /**
     * A role label that heads a column of a flattened table (牵头单位 on a line of its own) is read
     * through the table's rows, not where it stands.
     */
    private static boolean inTable(PlanExtraction plan, int at) {
        String text = plan.text();
        int lineStart = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf('\n', at);
        String line = text.substring(lineStart, end < 0 ? text.length() : end).strip();
        return line.length() <= 6;
    }

    private void unexpandedAbbreviations(PlanExtraction plan, List<ExtractionWarning> out) {
        for (Department d : plan.departments()) {
            if (d.kind() != DepartmentKind.DEPARTMENT || d.type() == null || knownBodyType.test(d.type())
                    || !looksAbbreviated(d.type())) {
                continue;
            }
            for (String alias : d.aliases().stream().sorted().toList()) {
                int at = plan.text().indexOf(alias);
                if (at >= 0) {
                    out.add(new ExtractionWarning(ExtractionWarning.Kind.UNEXPANDED_ABBREVIATION, at, at + alias.length(),
                            alias + " → " + d.name()));
                    break;
                }
            }
        }
    }

    /** Full names of bodies spell the function out (发展和改革局); short forms squeeze it (经发局, 卫健委). */
    private static boolean looksAbbreviated(String type) {
        return type.length() <= 4 && type.matches(".*[局委办厅]") && !type.contains("和");
    }

    private static void numberedLinesNotTasks(PlanExtraction plan, Structure structure, List<ExtractionWarning> out) {
        String text = plan.text();
        int readEnd = Math.max(structure.bodyEnd(), plan.tasks().stream().mapToInt(Task::end).max().orElse(0));
        List<ExtractionWarning> inAttachment = new ArrayList<>();
        Matcher m = NUMBERED.matcher(text);
        while (m.find()) {
            int mark = m.start() + leadingBlanks(m.group());
            if (structure.headings().contains(mark)) {
                continue;
            }
            boolean opensTask = plan.tasks().stream()
                    .anyMatch(t -> t.start() >= mark && t.start() <= m.end() + TASK_START_SLACK);
            Task holder = innermostTask(plan.tasks(), mark);
            // A deeper item inside a task is part of it; a sibling or higher one was swallowed by it.
            if (opensTask || holder != null && level(m.group().strip()) > level(lastPart(holder.number()))) {
                continue;
            }
            int end = sentenceEnd(text, m.end());
            if (m.group("top") != null && end - mark <= HEADING_MAX_CHARS) {
                continue;
            }
            (mark >= readEnd ? inAttachment : out).add(warning(ExtractionWarning.Kind.NUMBERED_LINE_NOT_TASK, text, mark, end));
        }
        // An attachment the reader did not take for tasks (an indicator table, a list of members) is one
        // pointer, not one per line.
        if (!inAttachment.isEmpty()) {
            ExtractionWarning first = inAttachment.get(0);
            String what = inAttachment.size() == 1 ? first.text()
                    : "附件, " + inAttachment.size() + " numbered lines from " + first.text();
            out.add(new ExtractionWarning(ExtractionWarning.Kind.NUMBERED_LINE_NOT_TASK, first.start(),
                    inAttachment.get(inAttachment.size() - 1).end(), what));
        }
    }

    /** Depth of a numbering style in the usual hierarchy 一、 > （一） > 1. > （1） > ①; 第X条 sits at （一）'s depth. */
    static int level(String mark) {
        if (mark.isEmpty()) {
            return 0;
        }
        char first = mark.charAt(0);
        boolean bracket = first == '(' || first == '（';
        char inner = bracket && mark.length() > 1 ? mark.charAt(1) : first;
        boolean digit = Character.isDigit(inner);
        if (first >= '①' && first <= '⑳') {
            return 5;
        }
        if (first == '第') {
            return 2;
        }
        if (digit) {
            return bracket ? 4 : 3;
        }
        return bracket ? 2 : 1;
    }

    /** The last step of a task's numbering path: "二.(三).1" → "1", "p3" style ids count as deepest. */
    private static String lastPart(String number) {
        if (number == null || number.isEmpty()) {
            return "⑳";
        }
        String[] parts = number.split("\\.");
        String last = parts[parts.length - 1];
        return last.startsWith("p") ? "⑳" : last;
    }

    private void quantitiesNotTargets(PlanExtraction plan, List<ExtractionWarning> out) {
        String text = plan.text();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String after = text.substring(m.end("value"), Math.min(text.length(), m.end("value") + 5));
            if (NOT_A_QUANTITY.matcher(after).find()) {
                continue;
            }
            String unit = unitAt(after);
            int start = m.start("value");
            // "…/同期出院患者总人次数×100%": the constant of a formula, not a figure.
            if (unit == null || start > 0 && FORMULA_MARKS.indexOf(text.charAt(start - 1)) >= 0) {
                continue;
            }
            boolean read = plan.targets().stream().anyMatch(t -> t.start() <= start && start < t.end());
            if (!read) {
                int end = m.end("value") + unit.length();
                out.add(new ExtractionWarning(ExtractionWarning.Kind.QUANTITY_NOT_TARGET, start, end,
                        context(text, start, end)));
            }
        }
    }

    /** The unit {@code after} starts with; 1万家, 120万人次: a multiplier may precede the measure word. */
    private String unitAt(String after) {
        for (String word : measureWords) {
            if (after.startsWith(word)) {
                return word;
            }
        }
        int multipliers = 0;
        while (multipliers < after.length() && "十百千万亿".indexOf(after.charAt(multipliers)) >= 0) {
            multipliers++;
        }
        if (multipliers == 0) {
            return null;
        }
        String multiplier = after.substring(0, multipliers);
        String rest = after.substring(multipliers);
        return measureWords.stream().filter(rest::startsWith).findFirst().map(multiplier::concat).orElse(null);
    }

    private static void deadlinesNotParsed(PlanExtraction plan, List<ExtractionWarning> out) {
        for (Task task : plan.tasks()) {
            if (task.deadline() != null && task.deadline().kind() != DeadlineKind.NONE) {
                continue;
            }
            Matcher m = DEADLINE_PHRASE.matcher(plan.text()).region(task.start(), task.end());
            if (m.find() && innermostTask(plan.tasks(), m.start()) == task) {
                out.add(new ExtractionWarning(ExtractionWarning.Kind.DEADLINE_NOT_PARSED, m.start(), m.end(),
                        context(plan.text(), m.start(), m.end())));
            }
        }
    }

    /** The innermost task whose stretch holds {@code offset}, or null. */
    static Task innermostTask(List<Task> tasks, int offset) {
        Task best = null;
        for (Task t : tasks) {
            if (t.start() <= offset && offset < t.end() && (best == null || t.end() - t.start() < best.end() - best.start())) {
                best = t;
            }
        }
        return best;
    }

    private static ExtractionWarning warning(ExtractionWarning.Kind kind, String text, int start, int end) {
        return new ExtractionWarning(kind, start, end, clip(text.substring(start, end)));
    }

    /** The phrase with a few characters either side, so a warning reads on its own. */
    private static String context(String text, int start, int end) {
        int from = Math.max(Math.max(0, start - 12), text.lastIndexOf('\n', start) + 1);
        int lineEnd = text.indexOf('\n', end);
        int to = Math.min(end + 12, lineEnd < 0 ? text.length() : lineEnd);
        return clip(text.substring(from, to));
    }

    private static String clip(String s) {
        String one = s.replace('\n', ' ').strip();
        return one.length() <= 60 ? one : one.substring(0, 59) + "…";
    }

    private static int leadingBlanks(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\u3000')) {
            i++;
        }
        return i;
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return Math.min(end < 0 ? text.length() : end, from + 60);
    }

    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '。' || c == '；' || c == ';') {
                return i;
            }
        }
        return text.length();
    }
}

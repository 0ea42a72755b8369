package io.policygraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who leads, is responsible for and supports a task, in the layouts plans use: labelled lines
 * ("牵头单位:A、B" / "责任部门:C" / "协办单位:D"), labelled parentheses ("(牵头单位:A,责任单位:B)"),
 * bare parentheses ("(A牵头,B、C配合)", "(A负责)", "(A主办,B协办)", "(A会同B负责)") and, where a task
 * has none of these, sentences that assign the work ("由A牵头,会同B", "A为牵头责任单位", "B为协办单位").
 * A document may state that the body listed first leads ("排在第一位的部门为牵头部门"): then in a
 * "(A、B负责)" list A leads and B is responsible. Returns surface forms in order of appearance.
 */
public final class RoleExtractor {

    /** The surface forms a task names per role. */
    public record Roles(List<String> leads, List<String> responsible, List<String> supports) {

        public Roles {
            leads = List.copyOf(leads);
            responsible = List.copyOf(responsible);
            supports = List.copyOf(supports);
        }

        public boolean isEmpty() {
            return leads.isEmpty() && responsible.isEmpty() && supports.isEmpty();
        }
    }

    private enum Role { LEAD, RESPONSIBLE, SUPPORT }

    private static final String LEAD_LABELS = "牵头责任单位|牵头单位|牵头部门|主办单位|主责单位|主责部门";
    private static final String RESPONSIBLE_LABELS = "责任单位|责任部门|负责单位|负责部门|责任主体|主体责任单位|实施单位|实施部门|落实单位|承办单位";
    private static final String SUPPORT_LABELS = "配合单位|配合部门|协办单位|协助单位|协同单位|参与单位|参与部门|参加单位|支持单位|协作单位";
    private static final Pattern LABEL = Pattern.compile(
            "(" + LEAD_LABELS + "|" + RESPONSIBLE_LABELS + "|" + SUPPORT_LABELS + "|责任分工|任务分工|分工)\\s*:");
    /** "A牵头", "A、B负责", "A主办", "C协办", "A牵头负责": a list of bodies and the verb that gives their role. */
    private static final Pattern BARE_ROLE = Pattern.compile("(.+?)(牵头负责|负责牵头|牵头|主办|负责|配合|协助|协办|参与|参加|支持)");
    /** A clause of a "责任分工:" statement that opens with its bodies and their verb. */
    private static final Pattern DUTY_CLAUSE = Pattern.compile("(.{2,60}?)(牵头|负责|组织实施|配合|协助|参与)");
    /** "A会同B负责": A leads, B joins. */
    private static final Pattern JOINT = Pattern.compile("(.+?)会同(.+?)(负责|办理|落实|实施)?");
    /**
     * The document's own rule that the first body of a list leads: "排在第一位的部门为牵头部门,下同",
     * "列第一位者为牵头单位", "排名第一的为牵头单位".
     */
    private static final Pattern FIRST_LISTED_RULE = Pattern.compile(
            "(排在?第一位|列第一位|排名第一|排在首位|列首位|第一个)的?(部门|单位|者)?(为|是)?牵头");
    /** A body marked as the lead inside a list: "市市场监管局(牵头)", "县发改局(牵头单位)". */
    private static final Pattern MARKED_LEAD = Pattern.compile("(.{2,40}?)\\((?:牵头|牵头单位|牵头部门)\\)");
    private static final Pattern TIME_NOTE = Pattern.compile("\\d{4}年|\\d{1,2}月|年底|年末|年内|季度|半年|长期|持续|每月|每季|每年");
    private static final int MAX_TIME_NOTE = 20;
    /** Words that mark a list as the text's rule about lists, never a body ("下同", "以下均需…"). */
    private static final Pattern RULE_TEXT = Pattern.compile("下同|以下|不再|第一位|首位|排名");
    /** "由A牵头": the inline form; the list runs back to "由". */
    private static final Pattern LED_BY = Pattern.compile("由([^,。;:()由\\n]{2,80}?)(牵头负责|牵头|负责牵头|主办)");
    private static final Pattern JOINS_AFTER_LEAD = Pattern.compile("^,?(会同|联合|协调|组织)([^,。;:()]{2,80}?)(等(有关|相关)?(部门|单位))?(?=[,。;]|共同|开展|建立|制定|做好|推进|实施|研究|落实|负责|加强)");
    /** "A为牵头责任单位", "B为协办单位", "C为责任单位": an inline statement of role. */
    private static final Pattern IS_ROLE = Pattern.compile(
            "([^,。;:()\\n]{2,120}?)(?:作)?为(?:本[^,。;]{0,10}的)?(?:该[^,。;]{0,12}的)?(" + LEAD_LABELS + "|" + RESPONSIBLE_LABELS + "|" + SUPPORT_LABELS + ")");
    /** The end of a name that denotes a body: inline forms only accept lists of such names. */
    private static final Pattern BODY_END = Pattern.compile(
            "(局|委|办|厅|部|院|署|会|室|处|所|站|队|中心|政府|公司|集团|银行|支行|分行|单位|部门|企业|小组|街道|办事处|机构|团|联|协|总队|支队|大队|海关|法院|检察院)$");
    /** "各县市、区" is one actor whose name happens to contain the list separator. */
    private static final Pattern JOINED_COUNTIES = Pattern.compile("县市、区");
    /** "A等有关部门": A and the generic "有关部门"; "A等" alone is just A. */
    private static final Pattern ET_AL_GENERIC = Pattern.compile("^(.+?)等((?:其他)?(?:有关|相关)(?:部门|单位|方面))$");
    private static final char PROTECTED_COMMA = '\u0001';

    /** Whether the document says that the first body of a list leads. */
    public static boolean firstListedLeads(String documentText) {
        return FIRST_LISTED_RULE.matcher(documentText).find();
    }

    public Roles extract(String text) {
        return extract(text, false);
    }

    /**
     * @param firstListedLeads the document's rule that in an unlabelled "(A、B负责)" list A leads
     */
    public Roles extract(String text, boolean firstListedLeads) {
        Found found = new Found();
        String t = JOINED_COUNTIES.matcher(text).replaceAll("县市" + PROTECTED_COMMA + "区");
        Matcher label = LABEL.matcher(t);
        while (label.find()) {
            int end = listEnd(t, label.end());
            String list = t.substring(label.end(), end);
            if (label.group(1).endsWith("分工")) {
                parts(list, firstListedLeads, found, null);
            } else {
                parts(list, firstListedLeads, found, roleOf(label.group(1)));
            }
        }
        for (String group : bareGroups(t)) {
            parts(group, firstListedLeads, found, null);
        }
        if (found.isEmpty()) {
            inline(t, found);
        }
        return new Roles(List.copyOf(found.leads), List.copyOf(found.responsible), List.copyOf(found.supports));
    }

    private static final class Found {
        final Set<String> leads = new LinkedHashSet<>();
        final Set<String> responsible = new LinkedHashSet<>();
        final Set<String> supports = new LinkedHashSet<>();

        boolean isEmpty() {
            return leads.isEmpty() && responsible.isEmpty() && supports.isEmpty();
        }

        void add(Role role, List<String> bodies) {
            for (String b : bodies) {
                // A body named lead in one part of the statement is not also its supporter.
                if (role != Role.LEAD && leads.contains(b)) {
                    continue;
                }
                (switch (role) {
                    case LEAD -> leads;
                    case RESPONSIBLE -> responsible;
                    case SUPPORT -> supports;
                }).add(b);
            }
        }
    }

    /**
     * The parts of a role statement, separated by commas or semicolons: "A牵头", "B、C配合", "D会同E负责",
     * or, after a label, a bare list that takes the label's role.
     */
    private static void parts(String statement, boolean firstListedLeads, Found found, Role labelRole) {
        List<String> parts = splitTopLevel(statement, ",;。");
        parts.removeIf(p -> isRuleText(p.strip()));
        boolean anyLeadVerb = parts.stream().anyMatch(p -> p.contains("牵头") || p.contains("主办"));
        for (String raw : parts) {
            String part = raw.strip();
            if (part.isEmpty()) {
                continue;
            }
            Matcher joint = JOINT.matcher(part);
            Matcher bare = BARE_ROLE.matcher(part);
            if (joint.matches() && !joint.group(1).contains("牵头")) {
                found.add(Role.LEAD, items(joint.group(1)));
                found.add(Role.SUPPORT, items(stripVerb(joint.group(2))));
            } else if (bare.matches() && !RULE_TEXT.matcher(bare.group(1)).find()) {
                Role role = roleOfVerb(bare.group(2));
                List<String> bodies = items(bare.group(1));
                if (role == Role.RESPONSIBLE && firstListedLeads && !anyLeadVerb && labelRole == null && !bodies.isEmpty()) {
                    found.add(Role.LEAD, bodies.subList(0, 1));
                    found.add(Role.RESPONSIBLE, bodies.subList(1, bodies.size()));
                } else {
                    found.add(labelRole != null && role == Role.RESPONSIBLE ? labelRole : role, bodies);
                }
            } else if (labelRole != null) {
                List<String> bodies = new ArrayList<>();
                for (String item : items(part)) {
                    // "市市场监管局(牵头)": the list marks its lead in place.
                    Matcher marked = MARKED_LEAD.matcher(item);
                    if (marked.matches()) {
                        found.add(Role.LEAD, List.of(marked.group(1)));
                    } else {
                        bodies.add(item);
                    }
                }
                if (labelRole == Role.RESPONSIBLE && firstListedLeads && !anyLeadVerb && found.leads.isEmpty() && !bodies.isEmpty()) {
                    // "(责任单位:A、B、C,列第一位的为牵头单位,下同)"
                    found.add(Role.LEAD, bodies.subList(0, 1));
                    found.add(Role.RESPONSIBLE, bodies.subList(1, bodies.size()));
                } else {
                    found.add(labelRole, bodies);
                }
            } else {
                // "责任分工:区规划局负责开展规划编制工作,所在乡镇人民政府组织实施,区直有关责任部门配合"
                Matcher opens = DUTY_CLAUSE.matcher(part);
                if (opens.lookingAt() && allBodies(items(opens.group(1)))) {
                    found.add(opens.group(2).equals("组织实施") ? Role.RESPONSIBLE : roleOfVerb(opens.group(2)), items(opens.group(1)));
                }
            }
        }
    }

    private static String stripVerb(String s) {
        return s.replaceFirst("(负责|办理|落实|实施)$", "");
    }

    /** Sentences that assign work outside any label or bracket. */
    private static void inline(String text, Found found) {
        Matcher led = LED_BY.matcher(text);
        while (led.find()) {
            List<String> leads = items(led.group(1));
            if (!allBodies(leads)) {
                continue;
            }
            found.add(Role.LEAD, leads);
            Matcher joins = JOINS_AFTER_LEAD.matcher(text).region(led.end(), text.length());
            if (joins.lookingAt()) {
                List<String> others = items(joins.group(2));
                if (allBodies(others)) {
                    found.add(Role.SUPPORT, others);
                }
            }
        }
        Matcher is = IS_ROLE.matcher(text);
        while (is.find()) {
            String list = is.group(1).replaceFirst("^(并|同时|其中|明确|确定|由)", "");
            List<String> bodies = items(list);
            if (allBodies(bodies)) {
                found.add(roleOf(is.group(2)), bodies);
            }
        }
    }

    private static boolean allBodies(List<String> bodies) {
        if (bodies.isEmpty()) {
            return false;
        }
        for (String b : bodies) {
            if (b.length() < 2 || b.length() > 30 || !BODY_END.matcher(b).find()) {
                return false;
            }
        }
        return true;
    }

    /** The list after a label runs to the next label, the end of the line or sentence, or the enclosing ")". */
    private static int listEnd(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (c == '\n' && continuesOnNextLine(text, from, i)) {
                continue;
            } else if (c == '\n' || c == '。' || c == ';') {
                return i;
            } else if (depth == 0 && LABEL.matcher(text).region(i, text.length()).lookingAt()) {
                return i;
            } else if (depth == 0 && text.startsWith("完成时限", i)) {
                return i;
            }
        }
        return text.length();
    }

    /** A list cut across lines: the line ends with a separator ("市工信局、" / "市商务局"). */
    private static boolean continuesOnNextLine(String text, int from, int lineEnd) {
        int i = lineEnd - 1;
        while (i >= from && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= from && (text.charAt(i) == '、' || text.charAt(i) == ',');
    }

    /**
     * Contents of top-level parentheses that state roles: each part is "X牵头", "Y负责", "Z配合",
     * "A会同B负责", or the text's rule about lists ("排在第一位的部门为牵头部门,下同").
     */
    private static List<String> bareGroups(String text) {
        List<String> groups = new ArrayList<>();
        int depth = 0;
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                if (depth++ == 0) {
                    open = i;
                }
            } else if (c == ')' && depth > 0 && --depth == 0) {
                String content = text.substring(open + 1, i);
                if (!content.contains(":") && statesRoles(content)) {
                    groups.add(content);
                }
            }
        }
        return groups;
    }

    private static boolean statesRoles(String content) {
        boolean any = false;
        for (String raw : splitTopLevel(content, ",;。")) {
            String part = raw.strip();
            if (part.isEmpty() || isRuleText(part) || isTimeNote(part)) {
                continue;
            }
            if (!BARE_ROLE.matcher(part).matches() && !JOINT.matcher(part).matches()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** The text's rule about its lists, not a role statement: "排在第一位的部门为牵头部门", "下同", "以下均需…配合,不再列出". */
    /** The bracket's time for the work, not a role: "(县住建局牵头,各乡镇配合,12月底前完成)", "(市商务局负责,长期坚持)". */
    private static boolean isTimeNote(String part) {
        return part.length() <= MAX_TIME_NOTE && TIME_NOTE.matcher(part).find() && !BODY_END.matcher(part.replaceFirst("(牵头|负责|配合)$", "")).find();
    }

    private static boolean isRuleText(String part) {
        return FIRST_LISTED_RULE.matcher(part).find() || RULE_TEXT.matcher(part).find();
    }

    private static List<String> splitTopLevel(String s, String separators) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && separators.indexOf(c) >= 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }

    /** Splits a list on 、 and commas outside parentheses; "A等有关部门" gives A and "有关部门". */
    private static List<String> items(String list) {
        // "财政部等和各省级人民政府": two lists joined by 等和 (never inside a name, unlike 和 itself).
        list = list.replace("等和", "、");
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (char c : list.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
            if (depth == 0 && (c == '、' || c == ',' || c == '\n')) {
                add(out, current);
            } else {
                current.append(c == PROTECTED_COMMA ? '、' : c);
            }
        }
        add(out, current);
        return out;
    }

    private static void add(List<String> out, StringBuilder item) {
        String s = item.toString().strip();
        item.setLength(0);
        Matcher generic = ET_AL_GENERIC.matcher(s);
        if (generic.matches()) {
            add(out, new StringBuilder(generic.group(1)));
            out.add(generic.group(2).replaceFirst("^其他", ""));
            return;
        }
        s = s.replaceFirst("等$", "").strip();
        if (!s.isEmpty() && !s.equals("/")) {
            out.add(s);
        }
    }

    private static Role roleOf(String label) {
        if (label.startsWith("牵头") || label.startsWith("主办") || label.startsWith("主责")) {
            return Role.LEAD;
        }
        if (label.startsWith("配合") || label.startsWith("协") || label.startsWith("参") || label.startsWith("支持")) {
            return Role.SUPPORT;
        }
        return Role.RESPONSIBLE;
    }

    private static Role roleOfVerb(String verb) {
        return switch (verb) {
            case "牵头", "主办", "牵头负责", "负责牵头" -> Role.LEAD;
            case "负责" -> Role.RESPONSIBLE;
            default -> Role.SUPPORT;
        };
    }
}

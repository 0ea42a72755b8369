package io.policygraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who leads, is responsible for and supports a task, in the layouts plans use: labelled lines
 * ("牵头单位:A、B" / "责任部门:C"), labelled parentheses ("(牵头单位:A,责任单位:B)") and bare
 * parentheses ("(A牵头,B、C配合)", "(A负责)"). Returns surface forms in order of appearance.
 */
public final class RoleExtractor {

    /** The surface forms a task names per role. */
    public record Roles(List<String> leads, List<String> responsible, List<String> supports) {

        public Roles {
            leads = List.copyOf(leads);
            responsible = List.copyOf(responsible);
            supports = List.copyOf(supports);
        }
    }

    private enum Role { LEAD, RESPONSIBLE, SUPPORT }

    private static final Pattern LABEL = Pattern.compile(
            "(牵头单位|牵头部门|主办单位|责任单位|责任部门|责任主体|主责单位|实施单位|配合单位|配合部门|协办单位|协助单位|协同单位|参与单位|参加单位|支持单位)\\s*:");
    private static final Pattern BARE_ROLE = Pattern.compile("(.+?)(牵头|负责|配合|协助|参与)");
    /** "各县市、区" is one actor whose name happens to contain the list separator. */
    private static final Pattern JOINED_COUNTIES = Pattern.compile("县市、区");
    private static final char PROTECTED_COMMA = '\u0001';

    public Roles extract(String text) {
        Set<String> leads = new LinkedHashSet<>();
        Set<String> responsible = new LinkedHashSet<>();
        Set<String> supports = new LinkedHashSet<>();
        String protectedText = JOINED_COUNTIES.matcher(text).replaceAll("县市" + PROTECTED_COMMA + "区");
        Matcher label = LABEL.matcher(protectedText);
        while (label.find()) {
            int end = listEnd(protectedText, label.end());
            target(roleOf(label.group(1)), leads, responsible, supports).addAll(items(protectedText.substring(label.end(), end)));
        }
        for (String group : bareGroups(protectedText)) {
            for (String part : group.split("[,;]")) {
                Matcher m = BARE_ROLE.matcher(part.strip());
                if (m.matches()) {
                    target(roleOfVerb(m.group(2)), leads, responsible, supports).addAll(items(m.group(1)));
                }
            }
        }
        return new Roles(List.copyOf(leads), List.copyOf(responsible), List.copyOf(supports));
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

    /** Contents of top-level parentheses made only of "X牵头", "Y负责", "Z配合" parts. */
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
                boolean allRoles = !content.contains(":") && content.split("[,;]").length > 0;
                for (String part : content.split("[,;]")) {
                    allRoles &= BARE_ROLE.matcher(part.strip()).matches();
                }
                if (allRoles) {
                    groups.add(content);
                }
            }
        }
        return groups;
    }

    /** Splits a list on 、 and commas outside parentheses. */
    private static List<String> items(String list) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (char c : list.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
            if (depth == 0 && (c == '、' || c == ',')) {
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
        if (!s.isEmpty()) {
            out.add(s);
        }
        item.setLength(0);
    }

    private static Role roleOf(String label) {
        if (label.startsWith("牵头") || label.startsWith("主办")) {
            return Role.LEAD;
        }
        if (label.startsWith("配合") || label.startsWith("协") || label.startsWith("参") || label.startsWith("支持")) {
            return Role.SUPPORT;
        }
        return Role.RESPONSIBLE;
    }

    private static Role roleOfVerb(String verb) {
        return switch (verb) {
            case "牵头" -> Role.LEAD;
            case "负责" -> Role.RESPONSIBLE;
            default -> Role.SUPPORT;
        };
    }

    private static Set<String> target(Role role, Set<String> leads, Set<String> responsible, Set<String> supports) {
        return switch (role) {
            case LEAD -> leads;
            case RESPONSIBLE -> responsible;
            case SUPPORT -> supports;
        };
    }
}

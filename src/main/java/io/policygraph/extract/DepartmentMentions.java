package io.policygraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds bodies named in running text, outside 牵头/责任 lists: catalog forms after 市 ("市商务局每季度末…"),
 * forms that stand alone ("各县(市、区)"), function lists ("规划和自然资源、生态环境等部门") and working
 * bodies ("市工业项目建设领导组办公室", "成立项目建设年活动领导小组"). Copy-to lines (抄送) name
 * recipients, not actors, and are skipped. Pure and thread-safe.
 */
public final class DepartmentMentions {

    /** A body named at {@code start}; {@code subject} when it opens its clause, i.e. is the one acting. */
    public record Mention(String surface, int start, boolean subject) {
    }

    private static final Pattern COPY_TO = Pattern.compile("(?m)^[ \\t\\u3000]*抄送.*$");
    private static final Pattern FUNCTION_LIST = Pattern.compile("((?:[\\u4e00-\\u9fa5]{2,8}、)*(?:(?!等)[\\u4e00-\\u9fa5]){2,8})等?部门");
    private static final Pattern WORKING_BODY = Pattern.compile(
            "(市|成立)((?:(?!成立|将|要|的)[\\u4e00-\\u9fa5]){2,14}?(?:领导小组办公室|领导组办公室|领导小组|领导组|指挥部办公室|指挥部))");
    private static final String CLAUSE_OPENERS = ",。;:\n";

    private final DepartmentCatalog catalog;
    private final Pattern afterCity;
    private final Pattern afterCounty;
    private final Pattern standalone;

    public DepartmentMentions(DepartmentCatalog catalog) {
        this.catalog = catalog;
        this.afterCity = Pattern.compile("市(" + alternation(catalog.formsAfterCity()) + ")");
        this.afterCounty = Pattern.compile("[县区旗](" + alternation(catalog.formsAfterCity()) + ")");
        this.standalone = Pattern.compile(alternation(catalog.standaloneForms()));
    }

    /** Bodies named in {@code text}, in order of appearance (with repeats); in a county's plan also "县发改局". */
    public List<Mention> find(String text, boolean countyPlan) {
        String actorText = blankCopyTo(text);
        List<Mention> out = new ArrayList<>();
        for (Pattern prefixed : countyPlan ? List.of(afterCity, afterCounty) : List.of(afterCity)) {
            Matcher m = prefixed.matcher(actorText);
            while (m.find()) {
                out.add(mention(actorText, m.group(), m.start()));
            }
        }
        Matcher m;
        m = standalone.matcher(actorText);
        while (m.find()) {
            out.add(mention(actorText, m.group(), m.start()));
        }
        m = FUNCTION_LIST.matcher(actorText);
        while (m.find()) {
            for (String item : m.group(1).split("、")) {
                if (catalog.lookup(item).isPresent()) {
                    out.add(mention(actorText, item, m.start()));
                }
            }
        }
        m = WORKING_BODY.matcher(actorText);
        while (m.find()) {
            boolean afterCityWord = m.group(1).equals("市");
            out.add(mention(actorText, afterCityWord ? m.group() : m.group(2), afterCityWord ? m.start() : m.start(2)));
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    private static Mention mention(String text, String surface, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return new Mention(surface, start, i < 0 || CLAUSE_OPENERS.indexOf(text.charAt(i)) >= 0);
    }

    /** Replaces copy-to lines by spaces, keeping offsets. */
    private static String blankCopyTo(String text) {
        StringBuilder sb = new StringBuilder(text);
        Matcher m = COPY_TO.matcher(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }

    private static String alternation(List<String> forms) {
        return String.join("|", forms.stream().map(Pattern::quote).toList());
    }
}

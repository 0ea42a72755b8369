package io.policygraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds bodies named as actors in running text, outside 牵头/责任 lists: catalog forms after 市
 * ("市商务局每季度末…"), forms that stand alone ("各县(市、区)"), function lists ("规划和自然资源、生态环境等
 * 部门") and working bodies ("市工业项目建设领导组办公室", "成立项目建设年活动领导小组"). Copy-to lines
 * (抄送) name recipients, not actors, and are skipped. Pure and thread-safe.
 */
public final class DepartmentMentions {

    private static final Pattern COPY_TO = Pattern.compile("(?m)^[ \\t\\u3000]*抄送.*$");
    private static final Pattern FUNCTION_LIST = Pattern.compile("((?:[\\u4e00-\\u9fa5]{2,8}、)*[\\u4e00-\\u9fa5]{2,8})等?部门");
    private static final Pattern WORKING_BODY = Pattern.compile(
            "(市|成立)([\\u4e00-\\u9fa5]{2,14}?(?:领导小组办公室|领导组办公室|领导小组|领导组|指挥部办公室|指挥部))");

    private final DepartmentCatalog catalog;
    private final Pattern afterCity;
    private final Pattern standalone;

    public DepartmentMentions(DepartmentCatalog catalog) {
        this.catalog = catalog;
        this.afterCity = Pattern.compile("市(" + alternation(catalog.formsAfterCity()) + ")");
        this.standalone = Pattern.compile(alternation(catalog.standaloneForms()));
    }

    /** Surface forms of bodies named in {@code text}, in order of appearance (with repeats). */
    public List<String> find(String text) {
        String actorText = COPY_TO.matcher(text).replaceAll("");
        List<String> out = new ArrayList<>();
        Matcher m = afterCity.matcher(actorText);
        while (m.find()) {
            out.add(m.group());
        }
        m = standalone.matcher(actorText);
        while (m.find()) {
            out.add(m.group());
        }
        m = FUNCTION_LIST.matcher(actorText);
        while (m.find()) {
            for (String item : m.group(1).split("、")) {
                if (catalog.lookup(item).isPresent()) {
                    out.add(item);
                }
            }
        }
        m = WORKING_BODY.matcher(actorText);
        while (m.find()) {
            out.add(m.group(1).equals("市") ? m.group() : m.group(2));
        }
        return out;
    }

    private static String alternation(List<String> forms) {
        return String.join("|", forms.stream().map(Pattern::quote).toList());
    }
}

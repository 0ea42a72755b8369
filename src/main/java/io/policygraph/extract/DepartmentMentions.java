package io.policygraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds bodies named in running text, outside 牵头/责任 lists: catalog forms after 市 ("市商务局每季度末…"),
 * forms that stand alone ("各县(市、区)"), function lists ("规划和自然资源、生态环境等部门") and working
 * bodies ("市工业项目建设领导组办公室", "成立项目建设年活动领导小组"), and other bodies of the city that
 * HanLP's organisation recognition finds ("市房产服务中心", "市供电公司"). Copy-to lines (抄送) name
 * recipients, not actors, and are skipped. Pure and thread-safe.
 */
public final class DepartmentMentions {

    /** A body named at {@code start}; {@code subject} when it opens its clause or a verb of acting follows it. */
    public record Mention(String surface, int start, boolean subject) {
    }

    private static final Pattern COPY_TO = Pattern.compile("(?m)^[ \\t\\u3000]*抄送.*$");
    private static final Pattern FUNCTION_LIST = Pattern.compile("((?:[\\u4e00-\\u9fa5]{2,8}、)*(?:(?!等)[\\u4e00-\\u9fa5]){2,8})等?部门");
    private static final Pattern WORKING_BODY = Pattern.compile(
            "(市|(?<![\\u4e00-\\u9fa5])[州盟]|成立)((?:(?!成立|将|要|的)[\\u4e00-\\u9fa5]){2,14}?(?:领导小组办公室|领导组办公室|领导小组|领导组|指挥部办公室|指挥部))");
    /** A body of the city that the catalog does not know, as HanLP's organisation recognition finds it. */
    private static final Pattern CITY_BODY = Pattern.compile("市[\\u4e00-\\u9fa5]{2,14}(局|委|办|中心|总站|站|办公室|委员会|管委会|公司|集团|社|院|所)");
    /** A development zone named after its place: "临汾经济开发区", "天水高新区管委会". */
    private static final Pattern NAMED_ZONE = Pattern.compile(
            "([\\u4e00-\\u9fa5]{2,5}?)(经济技术开发区|高新技术产业开发区|经济开发区|高新区|新区)(管委会|管理委员会)?");
    /** Words that make the body before them the one acting: "…的县级政府协调解决", "市商务局负责", "市人社局协助". */
    private static final Pattern ACTING = Pattern.compile("负责|牵头|会同|协调|组织|统筹|要|将|配合|协助|参与|协同");
    /** A meeting of the body ("市委十三届五次全会精神", "市委经济工作会议") cites its decisions; the body does not act. */
    private static final Pattern MEETING = Pattern.compile(
            "(?:第?[一二三四五六七八九十\\d]+届(?:[一二三四五六七八九十\\d]+次)?)?(?:全会|全体会议|全委会|经济工作会议|工作会议|常委会会议)");
    /** "州政府相关职能部门", "省政府各部门", "市政府有关部门": the government owns the group named; it does not act. */
    private static final Pattern OWNED_GROUP = Pattern.compile("(?:相关|有关|各|所属|直属)(?:职能)?(?:部门|单位|委办局|机构)");
    private static final Pattern GOVERNMENT = Pattern.compile("人民政府|政府(?!办|督)");
    /**
     * An official's title after the body: "胡春武 省自然资源厅厅长", "邓升志 州水利水产局局长", "由市发展改革委主任任副组长".
     * The body is part of a person's post there (member lists, attendees), not an actor of the plan.
     */
    private static final Pattern OFFICIALS_TITLE = Pattern.compile(
            "(?:常务)?副?(?:厅长|局长|主任|书记|部长|行长|处长|院长|所长|会长|主席|秘书长|总经理|董事长|司长|关长|社长"
                    + "|省长|市长|县长|区长|州长|旗长|盟长|组长|政委|巡视员|调研员)(?![\\u4e00-\\u9fa5]{0,2}(?:会议|办公会|联席))");
    /** Characters that make a following 市/区/县 part of a word: 各市, 直辖市, 县市, 城区, 地市, 相关市. */
    private static final String WORD_BEFORE_MARKER = "各辖县地城个全省关";
    private static final int LONGEST_PLACE_BEFORE_MARKER = 10;
    private static final String CLAUSE_OPENERS = ",。;:\n";

    private final DepartmentCatalog catalog;
    private final Gazetteer gazetteer;
    private final Segmentation segmentation;
    private final Pattern afterCity;
    private final Pattern standalone;
    private final Pattern listed;
    /** Patterns that depend on the plan's place (州财政局, 省科技厅, 税务总局), by the words that select them. */
    private final Map<String, Pattern> byPlace = new ConcurrentHashMap<>();

    public DepartmentMentions(DepartmentCatalog catalog, Gazetteer gazetteer) {
        this(catalog, gazetteer, Segmentation.standard());
    }

    public DepartmentMentions(DepartmentCatalog catalog, Gazetteer gazetteer, Segmentation segmentation) {
        this.catalog = catalog;
        this.segmentation = segmentation;
        this.gazetteer = gazetteer;
        this.afterCity = Pattern.compile("市(" + alternation(catalog.formsAfterCity()) + ")");
        this.standalone = Pattern.compile(alternation(catalog.standaloneForms()));
        this.listed = Pattern.compile("、(" + alternation(catalog.listForms()) + ")(?=[、,。;\\u4e00-\\u9fa5])");
    }

    /**
     * Bodies named in {@code text}, in order of appearance (with repeats); after the words that stand for
     * the plan's place too ("县发改局" in a county's plan, "州财政局" in a 自治州's, "省科技厅" in a province's),
     * and the national bodies of a national plan ("税务总局").
     */
    public List<Mention> find(String text, IssuingPlace place) {
        String actorText = blankCopyTo(text);
        List<Mention> out = new ArrayList<>();
        for (Pattern prefixed : placePatterns(place)) {
            Matcher m = prefixed.matcher(actorText);
            while (m.find()) {
                int placeStart = placeEndingAt(actorText, m.start());
                if (placeStart >= 0) {
                    // 安徽省人民政府办公厅, 恩施市政府: the place's name is part of the body's.
                    out.add(mention(actorText, actorText.substring(placeStart, m.end()), placeStart));
                } else if (!endsAWord(actorText, m.start())) {
                    out.add(mention(actorText, m.group(), m.start()));
                }
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
        recognisedBodies(text, actorText).forEach(out::add);
        countyGovernments(actorText, place).forEach(out::add);
        m = NAMED_ZONE.matcher(actorText);
        while (m.find()) {
            if (isPlace(m.group(1)) || gazetteer.place(m.group(1) + m.group(2)).isPresent()) {
                out.add(mention(actorText, m.group(), m.start()));
            }
        }
        m = WORKING_BODY.matcher(actorText);
        while (m.find()) {
            boolean afterCityWord = !m.group(1).equals("成立");
            out.add(mention(actorText, afterCityWord ? m.group() : m.group(2), afterCityWord ? m.start() : m.start(2)));
        }
        out.removeIf(found -> namesAMeeting(actorText, found) || ownsAGroup(actorText, found) || namesAPost(actorText, found));
        out.sort(Comparator.comparingInt(Mention::start));
        return withListedAfter(actorText, out);
    }

    /**
     * Whether the 市 (州, 区 …) at {@code at} ends a word rather than standing for the plan's place: 各市, 直辖市,
     * 县市.
     */
    private static boolean endsAWord(String text, int at) {
        return at > 0 && WORD_BEFORE_MARKER.indexOf(text.charAt(at - 1)) >= 0;
    }

    /** Where the place name ending with the 市 (省, 州 …) at {@code at} starts, or -1. */
    private int placeEndingAt(String text, int at) {
        int from = Math.max(0, at - LONGEST_PLACE_BEFORE_MARKER);
        return gazetteer.findPlaces(text.substring(from, at + 1)).stream()
                .filter(p -> p.end() == at + 1 - from && p.end() - p.start() > 1)
                .mapToInt(p -> from + p.start()).findFirst().orElse(-1);
    }

    /** "恩施市政府", "巴东县人民政府": the government of a county of the plan's city. */
    private List<Mention> countyGovernments(String text, IssuingPlace place) {
        List<Mention> out = new ArrayList<>();
        if (place.city() == null) {
            return out;
        }
        for (Gazetteer.Mention p : gazetteer.findPlaces(text)) {
            if (p.place().kind() == PlaceKind.COUNTY && place.city().equals(p.place().prefecture())) {
                Matcher government = GOVERNMENT.matcher(text).region(p.end(), text.length());
                if (government.lookingAt()) {
                    out.add(mention(text, p.surface() + government.group(), p.start()));
                }
            }
        }
        return out;
    }

    private List<Pattern> placePatterns(IssuingPlace place) {
        List<Pattern> patterns = new ArrayList<>(List.of(afterCity));
        String markers = (place.markers() + place.cityMarkers()).replace("市", "").replace("省", "");
        if (!markers.isEmpty()) {
            patterns.add(byPlace.computeIfAbsent("markers:" + markers,
                    k -> Pattern.compile("[" + markers + "](" + alternation(catalog.formsAfterCity()) + ")")));
        }
        if (place.level() == PlaceLevel.PROVINCE) {
            patterns.add(byPlace.computeIfAbsent("province", k -> Pattern.compile(
                    "省(" + alternation(catalog.formsAfterProvince()) + ")|" + alternation(catalog.provincialStandaloneForms()))));
        }
        if (place.isNational()) {
            patterns.add(byPlace.computeIfAbsent("national", k -> Pattern.compile(alternation(catalog.nationalForms(true)))));
        }
        return patterns;
    }

    /** "各县(市、区)、开发区重点抓好…": a body listed right after another one shares its role. */
    private List<Mention> withListedAfter(String text, List<Mention> found) {
        List<Mention> out = new ArrayList<>(found);
        for (Mention m : found) {
            int at = m.start() + m.surface().length();
            Matcher next = listed.matcher(text).region(Math.min(at, text.length()), text.length());
            while (next.lookingAt()) {
                out.add(new Mention(next.group(1), next.start(1), m.subject()));
                at = next.end();
                next.region(at, text.length());
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    private static Mention mention(String text, String surface, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        boolean opensClause = i < 0 || CLAUSE_OPENERS.indexOf(text.charAt(i)) >= 0;
        // "需要市级部门协调解决的事项" names who might help, not who is assigned.
        boolean needed = text.startsWith("需要", Math.max(0, start - 2));
        boolean acts = !needed && ACTING.matcher(text).region(Math.min(text.length(), start + surface.length()), text.length()).lookingAt();
        return new Mention(surface, start, opensClause || acts);
    }

    private static boolean ownsAGroup(String text, Mention found) {
        int end = Math.min(text.length(), found.start() + found.surface().length());
        return found.surface().endsWith("政府") && OWNED_GROUP.matcher(text).region(end, text.length()).lookingAt();
    }

    private static boolean namesAPost(String text, Mention found) {
        int end = Math.min(text.length(), found.start() + found.surface().length());
        return OFFICIALS_TITLE.matcher(text).region(end, text.length()).lookingAt();
    }

    private static boolean namesAMeeting(String text, Mention found) {
        int end = Math.min(text.length(), found.start() + found.surface().length());
        return MEETING.matcher(text).region(end, text.length()).lookingAt();
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

    /**
     * Bodies HanLP recognises: an organisation word ("市房产服务中心/nt"), or 市 followed by a few words
     * that end in an institution suffix ("市/n 招商引资/vl 服务中心/nis"), as organisation recognition
     * does not catch every name. The words are those of the whole text (which the search index reuses);
     * words in copy-to lines, blanked in {@code actorText}, are skipped.
     */
    private List<Mention> recognisedBodies(String text, String actorText) {
        List<Mention> out = new ArrayList<>();
        Segmentation.Words all = segmentation.segment(text);
        List<Integer> words = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            boolean blanked = actorText.charAt(all.start(i)) != text.charAt(all.start(i));
            if (!all.inner(i) && !blanked) {
                words.add(i);
            }
        }
        for (int w = 0; w < words.size(); w++) {
            int term = words.get(w);
            String name = null;
            if (all.nature(term).startsWith("nt")) {
                name = surface(text, all, term, term);
            } else if (all.word(term).equals("市")) {
                for (int j = w + 1; j < Math.min(words.size(), w + 5) && name == null; j++) {
                    int next = words.get(j);
                    String nature = all.nature(next);
                    if (!nature.startsWith("n") && !nature.startsWith("v")) {
                        break;
                    }
                    if (nature.startsWith("nis")) {
                        name = surface(text, all, term, next);
                    }
                }
            }
            if (name != null && CITY_BODY.matcher(name).matches() && !catalogued(name)) {
                out.add(mention(actorText, name, all.start(term)));
            }
        }
        return out;
    }

    /** The text from word {@code first} to word {@code last}, as written (the words are folded). */
    private static String surface(String text, Segmentation.Words words, int first, int last) {
        return text.substring(words.start(first), words.end(last));
    }

    private boolean isPlace(String name) {
        return gazetteer.findPlaces(name).stream().anyMatch(p -> p.start() == 0 && p.end() == name.length())
                || gazetteer.city(name).isPresent();
    }

    private boolean catalogued(String word) {
        return afterCity.matcher(word).matches() || WORKING_BODY.matcher(word).find();
    }

    private static String alternation(List<String> forms) {
        return String.join("|", forms.stream().map(Pattern::quote).toList());
    }
}

package io.policygraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds named projects: the enumerations plans use ("加快推进A、B、C等6个续建项目", "加快推进总投资50亿元
 * 以上的A、B等重点产业项目建设" (each ≥ 50亿元), "重点抓好A、B等重大项目前期手续办理", "A、B“四大”工程"),
 * the programmes of 专栏 boxes ("专栏3 工业大数据能力提升工程"), and the named platforms, centres, bases,
 * laboratories, parks, systems and 工程 a plan orders built, set up or run ("建设广州市家庭医生指标监测及考核
 * 系统", "争取国家新型互联网交换中心、国际互联网数据专用通道在皖布局", "实施“千人百家”淬炼提升工程").
 * A kind of thing ("建设一批工业互联网平台") is not a named one. Pure and thread-safe.
 */
public final class ProjectExtractor {

    /**
     * A project named at [start, end) of the text; a {@code box} (专栏) serves the items of the section
     * it closes, not only the one whose text it follows.
     */
    public record Mention(String name, int start, int end, boolean box) {

        public Mention(String name, int start, int end) {
            this(name, start, end, false);
        }
    }

    /** Projects (merged by name) and every place each is named. */
    public record Found(List<Project> projects, List<Mention> mentions) {
    }

    private static final Pattern ENUMERATION = Pattern.compile(
            "(?:加快推进|推进|推动|重点抓好|抓好|加快建设|开工建设|建成)"
                    + "(?:总投资(\\d+(?:\\.\\d+)?)(亿元|万元)(以上|左右)?的)?"
                    + "([^,。;:!?()]+?)"
                    + "(?:等(?:(?:\\d+|[一二三四五六七八九十]+)个)?|(?=[“「][^”」]{1,10}[”」]))"
                    + "([^,。;:]{0,14}?(?:项目|工程))([^,。;]{0,12})");

    /** "专栏3 工业大数据能力提升工程" on a line of its own. */
    private static final Pattern BOX = Pattern.compile("(?m)^[ \\t]*专栏[ \\t]*\\d{1,2}[ \\t:]*(?<name>[^\\n,。;:]{2,40}?)[ \\t]*$");
    /** What a named facility or programme is called at its end. */
    private static final String FACILITY = "(?:平台|工程|分中心|中心|基地|实验室|资源池|产业园|示范园|园区|示范区|数据库|系统|专线|通道|直联点|工作室|港口|孵化器|创新区)";
    /** The verbs that order a thing built, set up, run or sought. */
    private static final String VERB = "建设|建立|建成|打造|搭建|培育|争取|完善|共建|共享|创建|设立|成立|开通|筹建|组建|优化|实施|推进|推动|支持|做实做细";
    private static final Pattern BUILT = Pattern.compile(
            "(?<verb>" + VERB + ")(?<list>[^,。;:!?]{2,80}?" + FACILITY + ")(?=[,。;:)]|建设|在|落地|布局|试点|运行|\\d{4}年|$)");
    private static final Pattern LAST_VERB = Pattern.compile(".*(?:" + VERB + ")");
    /** Where a list of names is split; a piece that is no name yet ("…指标监测" of "…监测及考核系统") joins the next. */
    private static final Pattern SEPARATOR = Pattern.compile("、|和|及|与");
    /** One name: Chinese, Latin letters, digits, quotes, brackets and + only, ending in a facility word. */
    private static final Pattern NAME = Pattern.compile("[\\u4e00-\\u9fa5A-Za-z0-9“”()+]{2,40}" + FACILITY);
    /** The start of a name that names someone or somewhere: a place or level, an organisation, a quoted name. */
    private static final Pattern NAMED = Pattern.compile(
            "国家|国际|全国|全省|全市|全区|全县|长三角|京津冀|粤港澳|成渝|中国|“|[^\\P{IsHan}要与和及在对为将把的是建设推进入]{2,8}?(?:省|市|州|盟|县|(?<!社|园|城|片|小|景|校|库|矿|街|示范|试验|开发|新)区)");
    /** Founding a body or opening a line names it whatever it is called. */
    private static final Pattern FOUNDING = Pattern.compile("成立|设立|组建|开通|筹建");
    /** A programme put into effect ("实施基层中医药服务能力提升工程") is named by its own words. */
    private static final Pattern PROGRAMME = Pattern.compile(".{4,}工程$");
    private static final Pattern PROGRAMME_VERB = Pattern.compile("实施|做实做细|推进");
    /** A kind of thing or a group of them, not one named thing. */
    private static final Pattern GENERIC = Pattern.compile("一批|一个|各类|各级|若干|相关|有关|以下|^各|的|成为|纳入|获");
    /** A count in front of a name ("1家广州市…基地"). */
    private static final Pattern COUNT = Pattern.compile("^\\d+[个家所座项批]");
    private static final int MIN_NAME = 5;

    public Found extract(String text) {
        Map<String, Project> byName = new LinkedHashMap<>();
        List<Mention> mentions = new ArrayList<>();
        Matcher m = ENUMERATION.matcher(text);
        while (m.find()) {
            String list = m.group(4);
            if (!list.contains("、")) {
                continue;
            }
            Amount investment = m.group(1) == null ? null : investment(m.group(1), m.group(2), m.group(3));
            ProjectStatus status = status(m.group(5) + m.group(6));
            int offset = m.start(4);
            for (String raw : list.split("、")) {
                String name = raw.strip();
                int at = offset + raw.indexOf(name);
                offset += raw.length() + 1;
                if (name.length() < 3 || name.length() > 40) {
                    continue;
                }
                mentions.add(new Mention(name, at, at + name.length()));
                byName.merge(name, new Project(name, investment, status, List.of()), ProjectExtractor::merge);
            }
        }
        boxes(text, byName, mentions);
        facilities(text, byName, mentions);
        return new Found(List.copyOf(byName.values()), List.copyOf(mentions));
    }

    /**
     * The boxes (专栏) each item serves: a box closes a run of items, so it belongs to the item whose text
     * holds it and to that item's earlier siblings since the previous box ("专栏1" after items 1 and 2 of
     * "(一)" serves both; "专栏2" after item 3 serves item 3 only).
     */
    static Map<TaskSegmenter.Segment, List<String>> boxesServing(List<Mention> mentions, List<TaskSegmenter.Segment> segments) {
        Map<TaskSegmenter.Segment, List<String>> out = new java.util.HashMap<>();
        int previousBox = -1;
        for (Mention box : mentions.stream().filter(Mention::box).sorted(java.util.Comparator.comparingInt(Mention::start)).toList()) {
            int since = previousBox;
            previousBox = box.start();
            TaskSegmenter.Segment holder = null;
            for (TaskSegmenter.Segment s : segments) {
                if (s.start() <= box.start() && box.start() < s.end() && (holder == null || s.end() - s.start() < holder.end() - holder.start())) {
                    holder = s;
                }
            }
            if (holder == null) {
                continue;
            }
            String parent = parentOf(holder.number());
            for (TaskSegmenter.Segment s : segments) {
                if (s == holder || s.start() <= holder.start() && s.start() > since && parentOf(s.number()).equals(parent) && !parent.isEmpty()) {
                    out.computeIfAbsent(s, k -> new ArrayList<>()).add(box.name());
                }
            }
        }
        return out;
    }

    private static String parentOf(String number) {
        int dot = number == null ? -1 : number.lastIndexOf('.');
        return dot < 0 ? "" : number.substring(0, dot);
    }

    private static void boxes(String text, Map<String, Project> byName, List<Mention> mentions) {
        Matcher box = BOX.matcher(text);
        while (box.find()) {
            String name = box.group("name").strip();
            mentions.add(new Mention(name, box.start("name"), box.start("name") + name.length(), true));
            byName.putIfAbsent(name, new Project(name, null, null, List.of()));
        }
    }

    private static void facilities(String text, Map<String, Project> byName, List<Mention> mentions) {
        Matcher m = BUILT.matcher(text);
        while (m.find()) {
            String list = m.group("list");
            int listStart = m.start("list");
            String verb = m.group("verb");
            // "支持合肥建设国家级…直联点": the verb nearest the name is the one that governs it.
            Matcher last = LAST_VERB.matcher(list);
            if (last.lookingAt() && last.end() < list.length()) {
                verb = list.substring(0, last.end()).replaceFirst(".*?(" + VERB + ")$", "$1");
                listStart += last.end();
                list = list.substring(last.end());
            }
            for (int[] piece : pieces(list)) {
                String part = list.substring(piece[0], piece[1]);
                name(part, verb).ifPresent(n -> {
                    if (byName.keySet().stream().noneMatch(k -> k.contains(n) || n.contains(k))) {
                        int at = text.indexOf(n, m.start());
                        mentions.add(new Mention(n, at, at + n.length()));
                        byName.put(n, new Project(n, null, ProjectStatus.PLANNED, List.of()));
                    }
                });
            }
        }
    }

    /** The stretches of a list that end in a facility word, split at 、/和/及/与 only between names. */
    private static List<int[]> pieces(String list) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        Matcher sep = SEPARATOR.matcher(list);
        while (sep.find()) {
            if (NAME.matcher(list.substring(start, sep.start())).find()
                    && list.substring(start, sep.start()).matches(".*" + FACILITY)) {
                out.add(new int[] {start, sep.start()});
                start = sep.end();
            }
        }
        out.add(new int[] {start, list.length()});
        return out;
    }

    /** The named thing {@code part} ends with, if it names one. */
    private static java.util.Optional<String> name(String part, String verb) {
        Matcher whole = NAME.matcher(part);
        if (!whole.find() || whole.end() != part.length()) {
            return java.util.Optional.empty();
        }
        String candidate = COUNT.matcher(whole.group()).replaceFirst("");
        String name = null;
        if (FOUNDING.matcher(verb).matches() || PROGRAMME_VERB.matcher(verb).matches() && PROGRAMME.matcher(candidate).matches()) {
            name = candidate;
        } else {
            Matcher named = NAMED.matcher(candidate);
            for (int i = 0; i + MIN_NAME <= candidate.length(); i++) {
                if (named.region(i, candidate.length()).lookingAt()) {
                    name = candidate.substring(i);
                    break;
                }
            }
        }
        return java.util.Optional.ofNullable(name).filter(n -> n.length() >= MIN_NAME && !GENERIC.matcher(n).find()
                && n.chars().filter(c -> c == '“').count() == n.chars().filter(c -> c == '”').count());
    }

    private static Project merge(Project a, Project b) {
        return new Project(a.name(), a.investment() != null ? a.investment() : b.investment(),
                a.status() != null ? a.status() : b.status(), List.of());
    }

    private static Amount investment(String value, String unit, String bound) {
        double v = Double.parseDouble(value);
        Comparator comparator = bound == null ? Comparator.EXACTLY : bound.equals("以上") ? Comparator.AT_LEAST : Comparator.ABOUT;
        return new Amount(v, unit, comparator, Amount.yuanOf(v, unit));
    }

    private static ProjectStatus status(String kindWords) {
        if (kindWords.contains("续建")) {
            return ProjectStatus.CONTINUING;
        }
        if (kindWords.contains("新建") || kindWords.contains("新开工")) {
            return ProjectStatus.NEW;
        }
        if (kindWords.contains("竣工")) {
            return ProjectStatus.COMPLETED;
        }
        if (kindWords.contains("前期") || kindWords.contains("谋划") || kindWords.contains("储备")) {
            return ProjectStatus.PLANNED;
        }
        return null;
    }
}

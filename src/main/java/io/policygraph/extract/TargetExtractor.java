package io.policygraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quantified commitments: a number with a unit (亿元, %, 个, 项, 万吨 …) in a clause. Left out:
 * thresholds that only define a class of projects ("5000万元以上项目", "对500万元以上在建项目"), the
 * bounds of a range ("10-50亿元项目"), ordinals, numbers inside names ("20万吨锂电池"), and a count
 * restated in the same paragraph. Pure and thread-safe.
 */
public final class TargetExtractor {

    /**
     * A number and the measure word after it. Counters take an optional 万 ("2万家", "3万名"); a bare
     * 亿 ("标识注册总量突破5亿") counts only where no measure word follows it.
     */
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<number>\\d+(?:\\.\\d+)?|[一二两三四五六七八九十]+)\\s*"
                    + "(?<unit>万千瓦时|亿千瓦时|万千瓦|千瓦时|千瓦|兆瓦|MW|GW|万平方米|平方米|平方公里|公里|亿立方米|万立方米|立方米|万公顷|公顷|万吨|吨|万亩|亩|万亿元|亿元|万元|(?<=\\d)元|"
                    + "亿美元|万美元|美元|个百分点|%|个月|个工作日|工作日|小时|万人次|人次|"
                    + "万?(?:个|项|家|户|座|套|台|所|条|人|名|场|间|张|辆|类)(?!次)|次|亿(?![\\u4e00-\\u9fa5\\d]))");
    private static final Set<String> MONEY = Set.of("万亿元", "亿元", "万元", "元", "亿美元", "万美元", "美元");
    private static final Set<String> COUNTS = Set.of("个", "项", "家", "户", "座", "套", "台", "所", "条", "人", "名", "场", "间", "张", "辆");
    private static final Set<String> MEASURES = Set.of("万千瓦时", "亿千瓦时", "万千瓦", "千瓦时", "千瓦", "兆瓦", "MW", "GW",
            "万平方米", "平方米", "平方公里", "公里", "亿立方米", "万立方米", "立方米", "万公顷", "公顷", "万吨", "吨", "万亩", "亩");
    /** Lengths of time: a procedural limit ("5个工作日") holds for every case, not for a year. */
    private static final Set<String> DURATIONS = Set.of("个月", "个工作日", "工作日", "小时");
    /** "印发后3个月内", "自受理之日起5个工作日内": a deadline counted from an event, not a quantity promised. */
    private static final Pattern COUNTED_FROM = Pattern.compile("(?:后|起)(?:的)?$");
    /** A policy parameter, not a commitment: a subsidy, its ceiling or its rate ("最高3000万元", "给予一次性奖补100万元"). */
    private static final Pattern SUBSIDY = Pattern.compile("奖补|补助|补贴|贴息|奖励|资助|最高");
    /** The words of a clause that state a time and a level but no measure: "力争2023年达到80%", "到2025年不低于4.66人". */
    private static final Pattern NO_MEASURE = Pattern.compile(
            "^(?:到|至|力争|争取|确保|" + Dates.YEAR_DIGITS + "年(?:底|末)?|达到|达|不低于|不少于|超过|以上|左右|以内|[\\s\\d.%])*$");
    /** "按…金额的30%": a rate applied to a base. */
    private static final Pattern RATE_OF = Pattern.compile("按(?:照)?[^,;。]{2,30}的$");
    /** "每年", "每季度": a standing figure for every year or quarter, not for one. */
    private static final Pattern EVERY = Pattern.compile("每(?:年|季度|季|月|周|天|日)");
    /** The part of a formula ("…/辖区内常住人口数*100%"), not a figure. */
    private static final String FORMULA_MARKS = "*×/=÷";
    /** "6类困难群体": classes that describe who is meant, not how many are promised. */
    private static final Pattern CLASSES_OF = Pattern.compile("^类[\\u4e00-\\u9fa5]");
    /** "社会消费品零售总额、外贸进出口总额均增长8%": one figure for each metric listed. */
    private static final Pattern EACH_OF = Pattern.compile("(?<list>[\\u4e00-\\u9fa5]{2,20}(?:、[\\u4e00-\\u9fa5]{2,20})+)(?:均|都|分别)");
    private static final String CIRCLED_MARKS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
    private static final String CLAUSE_BREAKS = ",;。:\n\t";
    private static final String SENTENCE_BREAKS = ";。\n\t";
    private static final Pattern AT_LEAST_BEFORE = Pattern.compile("力争|争取|不少于|不低于|超过|至少|达到|达$|突破|大于|高于|≥|>=?$");
    private static final Pattern AT_LEAST_AFTER = Pattern.compile("^(以上|及以上|多)");
    private static final Pattern AT_MOST_AFTER = Pattern.compile("^(以内|以下|之内)");
    private static final Pattern AT_MOST_BEFORE = Pattern.compile("不超过|不高于|控制在|(?<!不)低于|最长|最多|小于|≤|<=?$");
    private static final Pattern ABOUT_AFTER = Pattern.compile("^左右");
    private static final Pattern ABOUT_BEFORE = Pattern.compile("约$");
    /** The noun an amount threshold qualifies: "500万元以上(的)在建项目", not "57亿元的建设目标". */
    private static final Pattern NAMED_ZONE = Pattern.compile("[\\u4e00-\\u9fa5]{2,5}?(经济技术开发区|高新技术产业开发区|经济开发区|高新区)");
    private static final Pattern WHOLE_AREA = Pattern.compile("全国|全省|全市|全县|全区|全州|全旗|全盟");
    private static final String CITY_AREA = "全市";
    private static final Pattern BOUND = Pattern.compile("^(以上|以下|以内|之内|左右|及以上)?(的)?");
    private static final Pattern CLASS_OF_PROJECTS = Pattern.compile("^[^目]*?(项目|企业|工程)");
    private static final Pattern GENERIC_PERIOD = Pattern.compile("年度|全年|(?<![一二三四每])季度");
    private static final Pattern METRIC_NOISE = Pattern.compile(
            "^(\\d{4}年(度)?|[一二三四]季度|全年|年度|全国|全省|全市|全州|全县|全区|其中|确保|力争|争取|推动|推进|加快|实现|完成|计划|,)+|(力争|争取|确保|完成|达到|达|实现|不少于|不低于|超过|增长|为|共)+$");

    /** A sentence this long repeated word for word is a copy, not a table cell that happens to read alike. */
    private static final int COPIED_SENTENCE = 30;

    private final Gazetteer gazetteer;

    public TargetExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Targets in {@code text}; {@code taskAt} names the task whose span holds an offset (or null). */
    public List<Target> extract(String text, Integer planYear, boolean periodSpansYears, IntFunction<String> taskAt) {
        return extract(text, planYear, periodSpansYears, null, CITY_AREA, taskAt);
    }

    /**
     * Targets of a plan with these facts: a plan over whole years ("(2021-2023年)") gives its targets
     * without a time of their own the span "2021-2023"; see {@link #period}.
     */
    public List<Target> extract(String text, DocumentFacts facts, IntFunction<String> taskAt) {
        LocalDate from = facts.periodStart();
        LocalDate to = facts.periodEnd();
        boolean spansYears = from != null && to != null && from.getYear() != to.getYear();
        boolean wholeYears = spansYears && from.getDayOfYear() == 1 && to.equals(Dates.yearEnd(to.getYear()));
        return extract(text, facts.planYear(), spansYears, wholeYears ? from.getYear() + "-" + to.getYear() : null,
                wholeArea(facts.place()), taskAt);
    }

    /** The area a plan's figures hold for when a clause names none: 全国, 全省, 全市, 全州, 全县 or 全区. */
    private static String wholeArea(IssuingPlace place) {
        if (place == null) {
            return CITY_AREA;
        }
        return switch (place.level()) {
            case NATIONAL -> "全国";
            case PROVINCE -> "全省";
            default -> place.markers().isEmpty() ? CITY_AREA : "全" + place.markers().charAt(0);
        };
    }

    private record Found(String clause, int start, int end, String metric, double value, String unit, Comparator comparator,
                         Optional<String> ownPeriod, boolean timeless, String scope, String task) {
    }

    private List<Target> extract(String text, Integer planYear, boolean periodSpansYears, String span, String area,
                                 IntFunction<String> taskAt) {
        List<Found> found = new ArrayList<>();
        Map<String, List<String[]>> restated = new HashMap<>();
        Set<String> statedClauses = new HashSet<>();
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            String number = m.group("number");
            String unit = m.group("unit");
            boolean chinese = !Character.isDigit(number.charAt(0));
            if (chinese && !(MONEY.contains(unit) || unit.equals("%"))) {
                continue;
            }
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 12));
            // A figure in brackets ("预留30%的号源(其中专家号源不低于30%)") is a clause of its own.
            // …and so is one after a closing bracket or an item mark: "(县农业农村局负责)②新建高标准农田2万亩".
            int start = boundaryBefore(text, m.start(), CLAUSE_BREAKS + "()" + CIRCLED_MARKS);
            int end = boundaryAfter(text, m.end(), CLAUSE_BREAKS);
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            String clause = text.substring(start, end);
            String before = text.substring(start, m.start());
            if (!isCommitment(text, m.start(), unit, after) || isParameter(text, m.start(), unit, before, clause, after)) {
                continue;
            }
            if (COUNTS.contains(unit) && isRestated(restated, number, unit, text.lastIndexOf('\n', m.start()),
                    after.substring(0, Math.min(2, after.length())), thingCounted(text, m.start(), m.end()))) {
                continue;
            }
            // A sentence copied word for word (a task table repeating the body) states nothing new; short
            // lines (table cells such as "力争2023年达到80%" under different indicators) may well repeat.
            int sentenceStart = boundaryBefore(text, m.start(), SENTENCE_BREAKS);
            int sentenceEnd = boundaryAfter(text, m.end(), SENTENCE_BREAKS);
            if (sentenceEnd - sentenceStart >= COPIED_SENTENCE
                    && !statedClauses.add(text.substring(sentenceStart, sentenceEnd) + "\u0000" + (m.start() - sentenceStart))) {
                continue;
            }
            double value = chinese ? ChineseNumbers.parse(number).orElse(-1) : Double.parseDouble(number);
            if (value < 0) {
                continue;
            }
            Comparator comparator = comparator(text, m.start(), before, after);
            Optional<String> own = period(text, m.start(), start, end, planYear);
            String scope = scope(before, area);
            String task = taskAt.apply(m.start());
            List<String> metrics = eachOf(before);
            if (metrics.isEmpty()) {
                metrics = List.of(metric(before, clause.substring(m.end() - start)));
            }
            for (String metric : metrics) {
                boolean timeless = DURATIONS.contains(unit) || EVERY.matcher(text.substring(boundaryBefore(text, m.start(), SENTENCE_BREAKS), m.start())).find();
            found.add(new Found(clause, start, end, metric, value, unit, comparator, own, timeless, scope, task));
            }
        }
        found = withoutRestatements(found, text);
        String fallback = fallbackPeriod(found, planYear, periodSpansYears, span);
        List<Target> out = new ArrayList<>();
        for (Found f : found) {
            String period = f.ownPeriod().orElse(f.timeless() ? null : fallback);
            out.add(new Target(f.clause(), f.start(), f.end(), f.metric(), f.value(), f.unit(), f.comparator(),
                    Amount.yuanOf(f.value(), f.unit()), period, f.scope(), f.task()));
        }
        return out;
    }

    /**
     * The period of a target that names no time of its own: the span of a plan over whole years; the plan
     * year of a plan for one year; none when the plan runs across years, or when its targets reach beyond
     * the plan year ("到2025年", "2035年达到75%": a long-range plan whose untimed figures are standing ones).
     */
    private static String fallbackPeriod(List<Found> found, Integer planYear, boolean periodSpansYears, String span) {
        if (span != null) {
            return span;
        }
        if (periodSpansYears || planYear == null) {
            return null;
        }
        boolean reachesBeyond = found.stream().map(Found::ownPeriod).flatMap(Optional::stream)
                .map(p -> p.substring(0, 4)).filter(y -> y.chars().allMatch(Character::isDigit))
                .anyMatch(y -> Integer.parseInt(y) > planYear);
        return reachesBeyond ? null : String.valueOf(planYear);
    }

    /**
     * A figure whose clause names no measure of its own ("2035年达到75%" in an indicator table) and repeats
     * the value, unit and time of a figure stated earlier is that figure restated.
     */
    private static List<Found> withoutRestatements(List<Found> found, String text) {
        List<Found> out = new ArrayList<>();
        Set<String> stated = new HashSet<>();
        for (Found f : found) {
            String key = f.value() + f.unit() + "@" + f.ownPeriod().orElse("");
            boolean restated = stated.contains(key) && NO_MEASURE.matcher(f.clause()).matches();
            stated.add(key);
            if (!restated) {
                out.add(f);
            }
        }
        return out;
    }

    /** "A、B均增长8%": the metrics listed before 均/都/分别, else empty. */
    private static List<String> eachOf(String before) {
        Matcher each = EACH_OF.matcher(before);
        if (!each.find()) {
            return List.of();
        }
        return List.of(each.group("list").split("、"));
    }

    /**
     * A figure that sets the terms of a policy rather than promising a result: a subsidy or its ceiling, a
     * term of a formula, a class of beneficiaries ("6类困难群体"), a time limit counted from an event
     * ("本文印发后3个月内"), an eligibility threshold ("完成投资1000万元及以上的").
     */
    private static boolean isParameter(String text, int numberStart, String unit, String before, String clause, String after) {
        char prev = numberStart > 0 ? text.charAt(numberStart - 1) : ' ';
        if (FORMULA_MARKS.indexOf(prev) >= 0) {
            return true;
        }
        if ((MONEY.contains(unit) || unit.equals("%")) && (SUBSIDY.matcher(clause).find() || RATE_OF.matcher(before).find())) {
            return true;
        }
        if (unit.equals("类") && CLASSES_OF.matcher(text.substring(numberStart).replaceFirst("^[\\d.]+", "")).find()) {
            return true;
        }
        if (DURATIONS.contains(unit) && COUNTED_FROM.matcher(before.replaceAll("[\\s]", "")).find()) {
            return true;
        }
        return after.matches("^(?:及)?以上的(?:[,;。:].*|$)");
    }

    /**
     * A count already stated is a reference, not a new commitment. In its own paragraph only when it counts
     * the very same thing ("首批84个项目事项" … "首批84个项目374个事项"; "续建项目22项" … "推进22个续建项目
     * 全部复工" is a new commitment); in a later paragraph when the words around it are alike ("政府投资类
     * 项目75个" … "对列入计划的75个政府投资项目"), so that "6个续建项目" and "新开工项目6项" stay apart. In its own
     * paragraph a count in another measure word counts another thing ("推出100项…赛事,打造100个…品牌").
     */
    private static boolean isRestated(Map<String, List<String[]>> seen, String number, String unit, int paragraph,
                                      String next, String context) {
        List<String[]> earlier = seen.computeIfAbsent(number, k -> new ArrayList<>());
        String here = String.valueOf(paragraph);
        boolean restated = earlier.stream().anyMatch(e -> e[0].equals(here)
                ? e[1].equals(next) && e[3].equals(unit)
                : similarity(e[2], context) >= 0.4);
        earlier.add(new String[] {here, next, context, unit});
        return restated;
    }

    private static double similarity(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        long shared = x.stream().filter(y::contains).count();
        return 2.0 * shared / (x.size() + y.size());
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }

    /**
     * Where the commitment holds: the counties or named zones the clause names before the number
     * ("岢岚县、静乐县和神池县工业固定资产投资增速达到12%以上"), else the whole area the plan covers.
     */
    private String scope(String before, String area) {
        List<String> places = new ArrayList<>();
        gazetteer.findPlaces(before).stream().filter(p -> p.place().kind() == PlaceKind.COUNTY)
                .forEach(p -> places.add(p.place().name()));
        Matcher zone = NAMED_ZONE.matcher(before);
        while (zone.find()) {
            places.add(zone.group());
        }
        if (!places.isEmpty()) {
            return String.join("、", places);
        }
        Matcher whole = WHOLE_AREA.matcher(before);
        return whole.find() ? whole.group() : area;
    }

    /** The Chinese words of the clause next to a count (up to 8 characters either side), without numbers. */
    private static String thingCounted(String text, int start, int end) {
        int from = Math.max(boundaryBefore(text, start, CLAUSE_BREAKS + "、"), start - 8);
        int to = Math.min(boundaryAfter(text, end, CLAUSE_BREAKS + "、"), end + 8);
        return (text.substring(from, start) + text.substring(end, to)).replaceAll("[^\\u4e00-\\u9fa5]", "");
    }

    private static boolean isCommitment(String text, int start, String unit, String after) {
        char prev = start > 0 ? text.charAt(start - 1) : ' ';
        // The upper bound of a range ("10-50亿元", "5至10个") and ordinals are not amounts of their own.
        boolean rangeEnd = prev == '-' || prev == '~' || prev == '至' && start > 1 && Character.isDigit(text.charAt(start - 2));
        if (rangeEnd || prev == '第' || prev == '.' || Character.isLetter(prev) && prev < 128) {
            return false;
        }
        // "50亿元以上项目3个", "对500万元以上在建项目": the amount marks a class of projects.
        Matcher bound = BOUND.matcher(after);
        bound.lookingAt();
        String next = after.substring(bound.end());
        boolean nounFollows = !next.isEmpty() && isHan(next.charAt(0));
        if (MONEY.contains(unit) && (bound.group(1) != null || bound.group(2) != null || next.startsWith("项目")) && nounFollows
                && CLASS_OF_PROJECTS.matcher(text.substring(start, boundaryAfter(text, start, CLAUSE_BREAKS))).find()) {
            return false;
        }
        // "20万吨锂电池", "770MW光伏发电": a measure inside a name.
        return !(MEASURES.contains(unit) && bound.end() == 0 && nounFollows);
    }

    private static Comparator comparator(String text, int numberStart, String before, String after) {
        if (AT_MOST_AFTER.matcher(after).find() || AT_MOST_BEFORE.matcher(before).find()) {
            return Comparator.AT_MOST;
        }
        if (ABOUT_AFTER.matcher(after).find() || ABOUT_BEFORE.matcher(before).find()) {
            return Comparator.ABOUT;
        }
        if (AT_LEAST_AFTER.matcher(after).find()) {
            return Comparator.AT_LEAST;
        }
        String sentenceBefore = text.substring(boundaryBefore(text, numberStart, SENTENCE_BREAKS + ":"), numberStart);
        String clauseAfter = after.substring(0, firstBreak(after));
        if (AT_LEAST_BEFORE.matcher(before).find() || sentenceBefore.contains("力争") || sentenceBefore.contains("争取")
                || clauseAfter.contains("目标") || clauseAfter.contains("力争")) {
            return Comparator.AT_LEAST;
        }
        return Comparator.EXACTLY;
    }

    /**
     * The quarter or year the clause names; a clause that speaks of the year (年度, 全年) or of quarters in
     * general belongs to the plan year; else the nearest quarter or year an earlier clause of the sentence
     * names ("2022年四季度全市力争完成…238.2亿元,产业项目投资137亿元"); else empty (see {@link #fallbackPeriod}).
     */
    private static Optional<String> period(String text, int at, int clauseStart, int clauseEnd, Integer planYear) {
        int sentenceStart = boundaryBefore(text, at, SENTENCE_BREAKS);
        String clause = text.substring(clauseStart, clauseEnd);
        Optional<String> own = timeIn(clause, text.substring(sentenceStart, clauseStart), planYear);
        if (own.isPresent()) {
            return own;
        }
        if (GENERIC_PERIOD.matcher(clause).find()) {
            return Optional.ofNullable(planYear).map(String::valueOf);
        }
        int end = clauseStart;
        while (end > sentenceStart) {
            int start = boundaryBefore(text, end - 1, CLAUSE_BREAKS);
            Optional<String> earlier = timeIn(text.substring(start, end), text.substring(sentenceStart, start), planYear);
            if (earlier.isPresent()) {
                return earlier;
            }
            end = start;
        }
        return Optional.empty();
    }

    /** The last quarter (with its year, else the year named before it, else the plan year) or year in {@code s}. */
    private static Optional<String> timeIn(String s, String before, Integer planYear) {
        Matcher q = Dates.QUARTER.matcher(s);
        String found = null;
        while (q.find()) {
            String year = q.group("year") != null ? q.group("year") : lastYear(before + s.substring(0, q.start()), planYear);
            found = year == null ? null : year + "-Q" + ChineseNumbers.parse(q.group("quarter")).orElse(0);
        }
        return found != null ? Optional.of(found) : Optional.ofNullable(lastYear(s, null));
    }

    private static String lastYear(String s, Integer fallback) {
        Matcher y = Dates.YEAR.matcher(s);
        String year = fallback == null ? null : String.valueOf(fallback);
        while (y.find()) {
            year = y.group("year");
        }
        return year;
    }

    private static String metric(String before, String afterNumber) {
        String m = METRIC_NOISE.matcher(before.strip()).replaceAll("");
        m = METRIC_NOISE.matcher(m).replaceAll("");
        if (m.length() >= 2) {
            return m;
        }
        String tail = afterNumber.replaceFirst("^[^\\u4e00-\\u9fa5]*", "");
        return tail.isEmpty() ? before.strip() : tail;
    }

    private static int boundaryBefore(String text, int at, String breaks) {
        int i = at;
        while (i > 0 && breaks.indexOf(text.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    private static int boundaryAfter(String text, int at, String breaks) {
        int i = at;
        while (i < text.length() && breaks.indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    private static int firstBreak(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (CLAUSE_BREAKS.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}

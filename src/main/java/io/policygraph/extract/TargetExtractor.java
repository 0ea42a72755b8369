package io.policygraph.extract;

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

    private static final Pattern AMOUNT = Pattern.compile(
            "(\\d+(?:\\.\\d+)?|[一二两三四五六七八九十]+)\\s*"
                    + "(万千瓦时|亿千瓦时|万千瓦|千瓦时|千瓦|兆瓦|MW|GW|万平方米|平方米|平方公里|公里|万吨|吨|万亩|亩|亿元|万元|"
                    + "个百分点|%|个月|个工作日|工作日|小时|个|项|家|万人次|人次|万人|户|座|套|台|所|条)");
    private static final Set<String> MONEY = Set.of("亿元", "万元");
    private static final Set<String> COUNTS = Set.of("个", "项", "家", "户", "座", "套", "台", "所", "条");
    private static final Set<String> MEASURES = Set.of("万千瓦时", "亿千瓦时", "万千瓦", "千瓦时", "千瓦", "兆瓦", "MW", "GW",
            "万平方米", "平方米", "平方公里", "公里", "万吨", "吨", "万亩", "亩");
    private static final String CLAUSE_BREAKS = ",;。:\n";
    private static final String SENTENCE_BREAKS = ";。\n";
    private static final Pattern AT_LEAST_BEFORE = Pattern.compile("力争|争取|不少于|不低于|超过|至少|达到|达$|突破");
    private static final Pattern AT_LEAST_AFTER = Pattern.compile("^(以上|及以上|多)");
    private static final Pattern AT_MOST_AFTER = Pattern.compile("^(以内|以下|之内)");
    private static final Pattern AT_MOST_BEFORE = Pattern.compile("不超过|不高于|控制在|(?<!不)低于");
    private static final Pattern ABOUT = Pattern.compile("^左右|约$");
    /** The noun an amount threshold qualifies: "500万元以上(的)在建项目", not "57亿元的建设目标". */
    private static final Pattern NAMED_ZONE = Pattern.compile("[\\u4e00-\\u9fa5]{2,5}?(经济技术开发区|高新技术产业开发区|经济开发区|高新区)");
    private static final Pattern WHOLE_AREA = Pattern.compile("全市|全县|全区|全州|全旗");
    private static final Pattern BOUND = Pattern.compile("^(以上|以下|以内|之内|左右|及以上)?(的)?");
    private static final Pattern CLASS_OF_PROJECTS = Pattern.compile("^[^目]*?(项目|企业|工程)");
    private static final Pattern GENERIC_PERIOD = Pattern.compile("年度|全年|(?<![一二三四])季度");
    private static final Pattern QUARTER = Pattern.compile("(?:(\\d{4})年)?([一二三四])季度");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
    private static final Pattern METRIC_NOISE = Pattern.compile(
            "^(\\d{4}年(度)?|[一二三四]季度|全年|年度|全市|全县|全区|其中|确保|力争|争取|推动|推进|加快|实现|完成|计划|,)+|(力争|争取|确保|完成|达到|达|实现|不少于|不低于|超过|增长|为|共)+$");

    private final Gazetteer gazetteer;

    public TargetExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Targets in {@code text}; {@code taskAt} names the task whose span holds an offset (or null). */
    public List<Target> extract(String text, Integer planYear, boolean periodSpansYears, IntFunction<String> taskAt) {
        List<Target> out = new ArrayList<>();
        Map<String, List<String[]>> restated = new HashMap<>();
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            String number = m.group(1);
            String unit = m.group(2);
            boolean chinese = !Character.isDigit(number.charAt(0));
            if (chinese && !(MONEY.contains(unit) || unit.equals("%"))) {
                continue;
            }
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 12));
            if (!isCommitment(text, m.start(), unit, after)) {
                continue;
            }
            if (COUNTS.contains(unit) && isRestated(restated, number, text.lastIndexOf('\n', m.start()),
                    after.substring(0, Math.min(2, after.length())), thingCounted(text, m.start(), m.end()))) {
                continue;
            }
            double value = chinese ? ChineseNumbers.parse(number).orElse(-1) : Double.parseDouble(number);
            if (value < 0) {
                continue;
            }
            int start = boundaryBefore(text, m.start(), CLAUSE_BREAKS);
            int end = boundaryAfter(text, m.end(), CLAUSE_BREAKS);
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            String clause = text.substring(start, end);
            String before = text.substring(start, m.start());
            Double yuan = switch (unit) {
                case "亿元" -> value * 1e8;
                case "万元" -> value * 1e4;
                default -> null;
            };
            out.add(new Target(clause, start, end, metric(before, clause.substring(m.end() - start)), value, unit,
                    comparator(text, m.start(), before, after), yuan,
                    period(text, m.start(), start, end, planYear, periodSpansYears), scope(before), taskAt.apply(m.start())));
        }
        return out;
    }

    /**
     * A count already stated is a reference, not a new commitment. In its own paragraph only when it counts
     * the very same thing ("首批84个项目事项" … "首批84个项目374个事项"; "续建项目22项" … "推进22个续建项目
     * 全部复工" is a new commitment); in a later paragraph when the words around it are alike ("政府投资类
     * 项目75个" … "对列入计划的75个政府投资项目"), so that "6个续建项目" and "新开工项目6项" stay apart.
     */
    private static boolean isRestated(Map<String, List<String[]>> seen, String number, int paragraph, String next, String context) {
        List<String[]> earlier = seen.computeIfAbsent(number, k -> new ArrayList<>());
        String here = String.valueOf(paragraph);
        boolean restated = earlier.stream().anyMatch(e -> e[0].equals(here)
                ? e[1].equals(next)
                : similarity(e[2], context) >= 0.4);
        earlier.add(new String[] {here, next, context});
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
    private String scope(String before) {
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
        return whole.find() ? whole.group() : "全市";
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
        if (ABOUT.matcher(after).find() || ABOUT.matcher(before).find()) {
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
     * names ("2022年四季度全市力争完成…238.2亿元,产业项目投资137亿元"); else the plan year, unless the
     * plan runs across years.
     */
    private static String period(String text, int at, int clauseStart, int clauseEnd, Integer planYear, boolean periodSpansYears) {
        int sentenceStart = boundaryBefore(text, at, SENTENCE_BREAKS);
        String clause = text.substring(clauseStart, clauseEnd);
        String fallback = periodSpansYears || planYear == null ? null : String.valueOf(planYear);
        Optional<String> own = timeIn(clause, text.substring(sentenceStart, clauseStart), planYear);
        if (own.isPresent()) {
            return own.get();
        }
        if (GENERIC_PERIOD.matcher(clause).find()) {
            return planYear == null ? null : String.valueOf(planYear);
        }
        int end = clauseStart;
        while (end > sentenceStart) {
            int start = boundaryBefore(text, end - 1, CLAUSE_BREAKS);
            Optional<String> earlier = timeIn(text.substring(start, end), text.substring(sentenceStart, start), planYear);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            end = start;
        }
        return fallback;
    }

    /** The last quarter (with its year, else the year named before it, else the plan year) or year in {@code s}. */
    private static Optional<String> timeIn(String s, String before, Integer planYear) {
        Matcher q = QUARTER.matcher(s);
        String found = null;
        while (q.find()) {
            String year = q.group(1) != null ? q.group(1) : lastYear(before + s.substring(0, q.start()), planYear);
            found = year == null ? null : year + "-Q" + ChineseNumbers.parse(q.group(2)).orElse(0);
        }
        return found != null ? Optional.of(found) : Optional.ofNullable(lastYear(s, null));
    }

    private static String lastYear(String s, Integer fallback) {
        Matcher y = YEAR.matcher(s);
        String year = fallback == null ? null : String.valueOf(fallback);
        while (y.find()) {
            year = y.group(1);
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

package io.policygraph.extract;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a plan says about itself: title, kind, city and province, 文号, issue date, its own period and
 * the year bare months refer to. A fact the text does not state stays null. Pure and thread-safe.
 */
public final class DocumentFactsExtractor {

    /** A heading line that names the plan, possibly run into the preamble ("…行动方案为深入贯彻…"). */
    private static final Pattern NEWS = Pattern.compile("记者|新闻网|责任编辑|\\[编辑|编辑:|报讯|网讯|新华社|通讯员");
    /** A headline reporting an event, not naming a document: "…召开重点项目推进会", "…会议举行". */
    private static final Pattern EVENT_HEADLINE = Pattern.compile("(召开|举行|举办|开展|部署会|推进会|调度会|座谈会|现场会)[^方案计划要点通知意见]{0,12}$");
    private static final Pattern DOC_NUMBER = Pattern.compile("([\\u4e00-\\u9fa5]{1,10})[〔\\[【]((?:19|20)\\d{2})[〕\\]】](\\d{1,4})号");
    /** A signature date on a line (or a space-separated field of a one-line copy) of its own. */
    private static final Pattern SIGNED_DATE = Pattern.compile(
            "(?m)(?:^|(?<=\\s))[ \\t]*(?<year>" + Dates.YEAR_DIGITS + ")年(?<month>\\d{1,2})月(?<day>\\d{1,2})日?(?:印发)?[ \\t]*(?:$|(?=\\s))");
    /** A signature date whose 年/月/日 were lost in extraction: "2023512". */
    private static final Pattern BARE_DIGIT_DATE = Pattern.compile(
            "(?m)^[ \\t]*(?<year>" + Dates.YEAR_DIGITS + ")(?<monthDay>\\d{2,4})[ \\t]*$");
    /** A signature in Chinese digits on its own line: "二〇一二年三月一日". */
    private static final Pattern CHINESE_SIGNED_DATE = Pattern.compile("(?m)^[ \\t]*" + Dates.CHINESE_DATE.pattern() + "[ \\t]*$");
    /**
     * The date a portal's metadata table gives the document: "成文日期:2023-03-10", "成文日期:2019年01月16日"
     * (gov.cn's policy library and provincial portals label the signature date so).
     */
    private static final Pattern WRITTEN_DATE = Pattern.compile(
            "(?:成文日期|印发日期|发文日期)\\s*:\\s*(?<year>" + Dates.YEAR_DIGITS + ")[-年./](?<month>\\d{1,2})[-月./](?<day>\\d{1,2})");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(?<year>" + Dates.YEAR_DIGITS + ")-(?<month>\\d{2})-(?<day>\\d{2})\\s+\\d{2}:\\d{2}");
    private static final Pattern PERIOD_DAYS = Pattern.compile(
            "(?<year>" + Dates.YEAR_DIGITS + ")年(?<month>\\d{1,2})月(?<day>\\d{1,2})日(?:起)?(?:至|到|—|-|~)"
                    + "(?:(?<endYear>" + Dates.YEAR_DIGITS + ")年)?(?<endMonth>\\d{1,2})月(?<endDay>\\d{1,2})日");
    private static final Pattern PERIOD_MONTHS = Pattern.compile(
            "(?<year>" + Dates.YEAR_DIGITS + ")年(?<month>\\d{1,2})月(?:起)?(?:至|到|—|-|~)"
                    + "(?:(?<endYear>" + Dates.YEAR_DIGITS + ")年)?(?<endMonth>\\d{1,2})月(?!\\d)");
    /** A plan over whole years: "(2023—2025年)", "2024-2026年", "(2015-2020)" in a title. */
    private static final Pattern PERIOD_YEARS = Pattern.compile(
            "(?<start>" + Dates.YEAR_DIGITS + ")年?(?:—|-|至|~|到)(?<end>" + Dates.YEAR_DIGITS + ")年");
    private static final Pattern TITLE_SPAN = Pattern.compile(
            "\\((?<start>" + Dates.YEAR_DIGITS + ")年?(?:—|-|至|~|到)(?<end>" + Dates.YEAR_DIGITS + ")年?\\)");
    /** A 文号 this far into the text is the document's own. */
    private static final int NUMBERED_HEAD_CHARS = 300;
    /** A whole-year span stated this far into the text is the plan's own (its heading or first lines). */
    private static final int PERIOD_HEAD_CHARS = 300;

    private final IssuingPlaceFinder places;

    public DocumentFactsExtractor(Gazetteer gazetteer) {
        this.places = new IssuingPlaceFinder(gazetteer);
    }

    public DocumentFacts extract(String text) {
        String headline = firstLine(text);
        Matcher number = DOC_NUMBER.matcher(text);
        boolean numbered = number.find();
        // A document with a 文号 in its head is the document itself, whatever its body quotes.
        boolean news = !(numbered && number.start() < NUMBERED_HEAD_CHARS)
                && (NEWS.matcher(text).find() || headline != null && EVENT_HEADLINE.matcher(headline).find());
        String title = PlanTitle.of(text, news);
        DocumentKind kind = news ? DocumentKind.NEWS_REPORT : PlanTitle.kind(title);
        IssuingPlace place = places.find(text, title);
        String docNumber = numbered ? number.group(1) + "〔" + number.group(2) + "〕" + number.group(3) + "号" : null;
        LocalDate issued = issued(text);
        LocalDate[] period = period(text, title);
        Integer planYear = planYear(text, title, period[0], docNumber == null ? null : Integer.parseInt(number.group(2)), issued);
        return new DocumentFacts(title, kind, place.city(), place.province(), docNumber, issued, period[0], period[1], planYear, place);
    }

    private static String firstLine(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(null);
    }

    /**
     * The signature date: as a portal's metadata labels it, on a line of its own (Arabic or Chinese digits,
     * or digits that lost 年月日), else a page timestamp.
     */
    private static LocalDate issued(String text) {
        Matcher written = WRITTEN_DATE.matcher(text);
        if (written.find()) {
            Optional<LocalDate> d = Dates.date(written.group("year"), written.group("month"), written.group("day"));
            if (d.isPresent()) {
                return d.get();
            }
        }
        Matcher signed = SIGNED_DATE.matcher(text);
        while (signed.find()) {
            Optional<LocalDate> d = Dates.date(signed.group("year"), signed.group("month"), signed.group("day"));
            if (d.isPresent()) {
                return d.get();
            }
        }
        Matcher chinese = CHINESE_SIGNED_DATE.matcher(text);
        while (chinese.find()) {
            Optional<LocalDate> d = Dates.chineseDate(chinese);
            if (d.isPresent()) {
                return d.get();
            }
        }
        Matcher bare = BARE_DIGIT_DATE.matcher(text);
        while (bare.find()) {
            Optional<LocalDate> d = Dates.fromDigits(bare.group("year"), bare.group("monthDay"));
            if (d.isPresent()) {
                return d.get();
            }
        }
        Matcher stamp = TIMESTAMP.matcher(text);
        return stamp.find() ? Dates.date(stamp.group("year"), stamp.group("month"), stamp.group("day")).orElse(null) : null;
    }

    /** The plan's own span: a whole-year span in its title, a day or month range, a whole-year span in its head. */
    private static LocalDate[] period(String text, String title) {
        Matcher inTitle = title == null ? null : TITLE_SPAN.matcher(title);
        if (inTitle != null && inTitle.find()) {
            LocalDate[] years = wholeYears(inTitle.group("start"), inTitle.group("end"));
            if (years != null) {
                return years;
            }
        }
        Matcher days = PERIOD_DAYS.matcher(text);
        if (days.find()) {
            String endYear = days.group("endYear") != null ? days.group("endYear") : days.group("year");
            return new LocalDate[] {Dates.date(days.group("year"), days.group("month"), days.group("day")).orElse(null),
                    Dates.date(endYear, days.group("endMonth"), days.group("endDay")).orElse(null)};
        }
        Matcher years = PERIOD_YEARS.matcher(text);
        if (years.find() && years.start() < PERIOD_HEAD_CHARS && !insideCitation(text, years.start())) {
            LocalDate[] span = wholeYears(years.group("start"), years.group("end"));
            if (span != null) {
                return span;
            }
        }
        Matcher months = PERIOD_MONTHS.matcher(text);
        if (months.find()) {
            String endYear = months.group("endYear") != null ? months.group("endYear") : months.group("year");
            Optional<LocalDate> start = Dates.date(months.group("year"), months.group("month"), "1");
            Optional<LocalDate> end = Dates.monthEnd(Integer.parseInt(endYear), Integer.parseInt(months.group("endMonth")));
            if (start.isPresent() && end.isPresent()) {
                return new LocalDate[] {start.get(), end.get()};
            }
        }
        return new LocalDate[2];
    }

    /** Whether {@code at} lies inside 《…》, the name of a document the text cites. */
    private static boolean insideCitation(String text, int at) {
        return text.lastIndexOf('《', at) > text.lastIndexOf('》', at);
    }

    private static LocalDate[] wholeYears(String start, String end) {
        int from = Integer.parseInt(start);
        int to = Integer.parseInt(end);
        return from < to ? new LocalDate[] {LocalDate.of(from, 1, 1), Dates.yearEnd(to)} : null;
    }

    /**
     * The year bare months refer to: the plan's start, its title, its 文号, its date, else the year the
     * text names most. A document the text only cites (《…》) says nothing about this plan's year.
     */
    private static Integer planYear(String text, String title, LocalDate periodStart, Integer docNumberYear, LocalDate issued) {
        if (periodStart != null) {
            return periodStart.getYear();
        }
        Optional<Integer> fromTitle = Dates.firstYear(title);
        if (fromTitle.isPresent()) {
            return fromTitle.get();
        }
        if (docNumberYear != null) {
            return docNumberYear;
        }
        if (issued != null) {
            return issued.getYear();
        }
        Map<Integer, Integer> counts = new HashMap<>();
        Matcher y = Dates.YEAR.matcher(text);
        while (y.find()) {
            counts.merge(Integer.parseInt(y.group("year")), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
    }
}

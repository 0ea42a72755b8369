package io.policygraph.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
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

    private static final Pattern QUOTED_PLAN = Pattern.compile("《([^《》]{4,80}?(?:方案|计划|要点|意见|办法|规划|通知))(?:\\.[a-z]{3,4})?》");
    /** A heading line that names the plan, possibly run into the preamble ("…行动方案为深入贯彻…"). */
    private static final Pattern HEADING_TITLE = Pattern.compile(
            "([^,。;:《》]{6,60}?(?:方案|行动计划|工作要点|实施意见)(?:\\([^()]{4,14}\\))?)(?:$|(?=为|根据|按照|经))");
    private static final Pattern ISSUING_NOTICE = Pattern.compile("关于印发(.{4,60}?)的通知");
    private static final Pattern PLAN_ANNOUNCED = Pattern.compile("《([^《》]{4,80}?)》(?:正式)?(?:出台|印发|发布|出炉|公布)");
    private static final Pattern NEWS = Pattern.compile("记者|新闻网|责任编辑|\\[编辑|编辑:|报讯|网讯|新华社|通讯员");
    /** A headline reporting an event, not naming a document: "…召开重点项目推进会", "…会议举行". */
    private static final Pattern EVENT_HEADLINE = Pattern.compile("(召开|举行|举办|开展|部署会|推进会|调度会|座谈会|现场会)[^方案计划要点通知意见]{0,12}$");
    private static final Pattern DOC_NUMBER = Pattern.compile("([\\u4e00-\\u9fa5]{1,10})[〔\\[【]((?:19|20)\\d{2})[〕\\]】](\\d{1,4})号");
    private static final Pattern SIGNED_DATE = Pattern.compile(
            "(?m)^[ \\t\\u3000]*((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日?(?:印发)?[ \\t\\u3000]*$");
    /** A signature date whose 年/月/日 were lost in extraction: "2023512". */
    private static final Pattern BARE_DIGIT_DATE = Pattern.compile("(?m)^[ \\t\\u3000]*((?:19|20)\\d{2})(\\d{2,4})[ \\t\\u3000]*$");
    private static final Pattern TIMESTAMP = Pattern.compile("((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\s+\\d{2}:\\d{2}");
    private static final Pattern PERIOD_DAYS = Pattern.compile(
            "((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日(?:起)?(?:至|到|—|-|~)(?:((?:19|20)\\d{2})年)?(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern PERIOD_MONTHS = Pattern.compile(
            "((?:19|20)\\d{2})年(\\d{1,2})月(?:起)?(?:至|到|—|-|~)(?:((?:19|20)\\d{2})年)?(\\d{1,2})月(?!\\d)");
    /** A plan over whole years: "(2023—2025年)", "2024-2026年". */
    private static final Pattern PERIOD_YEARS = Pattern.compile("((?:19|20)\\d{2})年?(?:—|-|至|~|到)((?:19|20)\\d{2})年");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");

    private final IssuingPlaceFinder places;

    public DocumentFactsExtractor(Gazetteer gazetteer) {
        this.places = new IssuingPlaceFinder(gazetteer);
    }

    public DocumentFacts extract(String text) {
        String headline = firstLine(text);
        boolean news = NEWS.matcher(text).find() || headline != null && EVENT_HEADLINE.matcher(headline).find();
        String title = title(text, news);
        DocumentKind kind = news ? DocumentKind.NEWS_REPORT : kindOf(title);
        IssuingPlace place = places.find(text, title);
        Matcher number = DOC_NUMBER.matcher(text);
        String docNumber = number.find() ? number.group(1) + "〔" + number.group(2) + "〕" + number.group(3) + "号" : null;
        LocalDate issued = issued(text);
        LocalDate[] period = period(text);
        Integer planYear = planYear(text, title, period[0], docNumber == null ? null : Integer.parseInt(number.group(2)), issued);
        return new DocumentFacts(title, kind, place.city(), place.province(), docNumber, issued, period[0], period[1], planYear, place);
    }

    private static String title(String text, boolean news) {
        if (news) {
            Matcher announced = PLAN_ANNOUNCED.matcher(text);
            if (announced.find() && announced.start() < text.length() / 3) {
                return announced.group(1);
            }
            return firstLine(text);
        }
        Matcher notice = ISSUING_NOTICE.matcher(text);
        if (notice.find() && notice.start() < 300) {
            return notice.group(1);
        }
        Optional<String> heading = text.lines().limit(40).map(String::strip).map(HEADING_TITLE::matcher)
                .filter(Matcher::lookingAt).map(h -> h.group(1)).findFirst();
        if (heading.isPresent()) {
            return heading.get();
        }
        Matcher quoted = QUOTED_PLAN.matcher(text);
        return quoted.find() ? quoted.group(1) : firstLine(text);
    }

    private static String firstLine(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(null);
    }

    private static DocumentKind kindOf(String fullTitle) {
        if (fullTitle == null) {
            return DocumentKind.OTHER;
        }
        String title = fullTitle.replaceAll("\\([^()]*\\)$", "");
        if (title.matches(".*(工作方案|工作要点|工作计划|工作安排)$")) {
            return DocumentKind.WORK_PLAN;
        }
        if (title.matches(".*(方案|行动计划|计划)$")) {
            return DocumentKind.ACTION_PLAN;
        }
        return DocumentKind.OTHER;
    }

    private static LocalDate issued(String text) {
        Matcher signed = SIGNED_DATE.matcher(text);
        if (signed.find()) {
            Optional<LocalDate> d = date(signed.group(1), signed.group(2), signed.group(3));
            if (d.isPresent()) {
                return d.get();
            }
        }
        Matcher bare = BARE_DIGIT_DATE.matcher(text);
        while (bare.find()) {
            Optional<LocalDate> d = splitDigits(bare.group(1), bare.group(2));
            if (d.isPresent()) {
                return d.get();
            }
        }
        Matcher stamp = TIMESTAMP.matcher(text);
        return stamp.find() ? date(stamp.group(1), stamp.group(2), stamp.group(3)).orElse(null) : null;
    }

    /** "512" → May 12; a two-digit month is preferred when both readings are dates. */
    private static Optional<LocalDate> splitDigits(String year, String monthDay) {
        if (monthDay.length() >= 3) {
            Optional<LocalDate> twoDigitMonth = date(year, monthDay.substring(0, 2), monthDay.substring(2));
            if (twoDigitMonth.isPresent() && monthDay.length() > 2) {
                return twoDigitMonth;
            }
        }
        return date(year, monthDay.substring(0, 1), monthDay.substring(1));
    }

    private static LocalDate[] period(String text) {
        Matcher days = PERIOD_DAYS.matcher(text);
        if (days.find()) {
            String endYear = days.group(4) != null ? days.group(4) : days.group(1);
            return new LocalDate[] {date(days.group(1), days.group(2), days.group(3)).orElse(null),
                    date(endYear, days.group(5), days.group(6)).orElse(null)};
        }
        Matcher years = PERIOD_YEARS.matcher(text);
        if (years.find() && years.start() < 300 && Integer.parseInt(years.group(1)) < Integer.parseInt(years.group(2))) {
            return new LocalDate[] {LocalDate.of(Integer.parseInt(years.group(1)), 1, 1),
                    LocalDate.of(Integer.parseInt(years.group(2)), 12, 31)};
        }
        Matcher months = PERIOD_MONTHS.matcher(text);
        if (months.find()) {
            String endYear = months.group(3) != null ? months.group(3) : months.group(1);
            try {
                return new LocalDate[] {LocalDate.of(Integer.parseInt(months.group(1)), Integer.parseInt(months.group(2)), 1),
                        YearMonth.of(Integer.parseInt(endYear), Integer.parseInt(months.group(4))).atEndOfMonth()};
            } catch (DateTimeException e) {
                return new LocalDate[2];
            }
        }
        return new LocalDate[2];
    }

    /** The year bare months refer to: the plan's start, its title, a quoted plan name, its 文号, its date. */
    private static Integer planYear(String text, String title, LocalDate periodStart, Integer docNumberYear, LocalDate issued) {
        if (periodStart != null) {
            return periodStart.getYear();
        }
        Optional<Integer> fromTitle = firstYear(title);
        if (fromTitle.isPresent()) {
            return fromTitle.get();
        }
        Matcher quoted = QUOTED_PLAN.matcher(text);
        while (quoted.find()) {
            Optional<Integer> y = firstYear(quoted.group(1));
            if (y.isPresent()) {
                return y.get();
            }
        }
        if (docNumberYear != null) {
            return docNumberYear;
        }
        if (issued != null) {
            return issued.getYear();
        }
        Map<Integer, Integer> counts = new HashMap<>();
        Matcher y = YEAR.matcher(text);
        while (y.find()) {
            counts.merge(Integer.parseInt(y.group(1)), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
    }

    private static Optional<Integer> firstYear(String s) {
        if (s == null) {
            return Optional.empty();
        }
        Matcher y = YEAR.matcher(s);
        return y.find() ? Optional.of(Integer.parseInt(y.group(1))) : Optional.empty();
    }

    private static Optional<LocalDate> date(String y, String m, String d) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}

package io.policygraph.extract;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a parsed {@link Deadline} into the range of days it allows. The parser keeps only the last
 * day; the range also needs the first, which the wording decides: "12月底" is the month of December,
 * "四季度" the quarter, "2023年" or "年底前" the year, "“冬季行动”期间" the plan's own period, "上半年"
 * January to June. A rhythm or a continuous task with no last day is OPEN; "5年内" (which the parser
 * leaves without a date) spans that many years from the plan's start. Pure and thread-safe.
 */
public final class DueRangeReader {

    private static final Pattern PERIOD_REFERENCE = Pattern.compile("期间");
    private static final Pattern FIRST_HALF = Pattern.compile("上半年");
    private static final Pattern SECOND_HALF = Pattern.compile("下半年");
    private static final Pattern QUARTER_WORD = Pattern.compile("季度");
    private static final Pattern YEAR_WORD = Pattern.compile("年");
    /** "5年内", "三年内", "2—3年内" (the longer one counts): a span from the plan's start. */
    private static final Pattern YEARS_WITHIN = Pattern.compile(
            "(?<![\\d年])(?:(?:\\d{1,2}|[一二两三四五六七八九十]{1,2})[—–\\-~至到])?(\\d{1,2}|[一二两三四五六七八九十]{1,2})年(?:内|之内|以内)");
    /**
     * A span is a deadline only when its clause says what is to be done by then ("1年内完成合同用量",
     * "2—3年内调整到位"); "在两年之内对其…企业申请…" grants a period, it sets no deadline.
     */
    private static final Pattern COMPLETION = Pattern.compile("^[^,。;]*?(?:完成|建成|实现|达到|到位|形成|覆盖|推开|取得|消除|退出)");

    /**
     * The range of a task's deadline; empty when the task has none. {@code facts} gives the plan's
     * period, issue date and year; {@code taskText} is searched for a span the parser does not read.
     */
    public Optional<DueRange> read(Deadline deadline, DocumentFacts facts, String taskText) {
        if (deadline == null) {
            return Optional.empty();
        }
        if (deadline.date() != null) {
            // The parser reads the 年内 of "5年内" as "within the plan year"; the number before it says otherwise.
            if (deadline.kind() == DeadlineKind.YEAR && deadline.text() != null && deadline.text().startsWith("年")) {
                Optional<DueRange> span = yearsWithin(taskText, facts);
                if (span.isPresent()) {
                    return span;
                }
            }
            return Optional.of(dated(deadline, facts));
        }
        return switch (deadline.kind()) {
            case ONGOING, RECURRING, ASAP -> Optional.of(new DueRange(null, null, DuePrecision.OPEN, deadline.recurrence()));
            default -> yearsWithin(deadline.text(), facts)
                    .or(() -> yearsWithin(taskText, facts));
        };
    }

    private static DueRange dated(Deadline deadline, DocumentFacts facts) {
        LocalDate date = deadline.date();
        String text = deadline.text() == null ? "" : deadline.text();
        Recurrence recurrence = deadline.recurrence();
        if (facts != null && facts.periodStart() != null && date.equals(facts.periodEnd())
                && PERIOD_REFERENCE.matcher(text).find() && !facts.periodStart().isAfter(date)) {
            return new DueRange(facts.periodStart(), date, DuePrecision.SPAN, recurrence);
        }
        if (names(text, "(?<!\\d)" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日")) {
            return new DueRange(date, date, DuePrecision.DAY, recurrence);
        }
        if (date.getMonth() == Month.JUNE && date.getDayOfMonth() == 30 && FIRST_HALF.matcher(text).find()) {
            return new DueRange(date.withDayOfYear(1), date, DuePrecision.SPAN, recurrence);
        }
        if (isYearEnd(date) && SECOND_HALF.matcher(text).find()) {
            return new DueRange(date.withMonth(7).withDayOfMonth(1), date, DuePrecision.SPAN, recurrence);
        }
        // "12月底", "2023年6月", and "6月前" (the parser's last day is then the end of May).
        if (names(text, "(?<!\\d)" + date.getMonthValue() + "月")
                || (date.getMonthValue() < 12 && names(text, "(?<!\\d)" + (date.getMonthValue() + 1) + "月(?:前|之前)"))) {
            return month(date, recurrence);
        }
        if (isQuarterEnd(date) && QUARTER_WORD.matcher(text).find()) {
            return quarter(date, recurrence);
        }
        if (isYearEnd(date) && YEAR_WORD.matcher(text).find()) {
            return new DueRange(date.withDayOfYear(1), date, DuePrecision.YEAR, recurrence);
        }
        // The wording gave nothing more: the kind the parser chose decides.
        return switch (deadline.kind()) {
            case MONTH -> month(date, recurrence);
            case QUARTER -> isQuarterEnd(date) ? quarter(date, recurrence) : month(date, recurrence);
            case YEAR -> new DueRange(date.withDayOfYear(1), date, DuePrecision.YEAR, recurrence);
            default -> new DueRange(date, date, DuePrecision.DAY, recurrence);
        };
    }

    private static Optional<DueRange> yearsWithin(String text, DocumentFacts facts) {
        if (text == null || facts == null) {
            return Optional.empty();
        }
        Matcher m = YEARS_WITHIN.matcher(text);
        int years = 0;
        while (years == 0 && m.find()) {
            if (COMPLETION.matcher(text.substring(m.end())).find()) {
                years = ChineseNumbers.parse(m.group(1)).orElse(0);
            }
        }
        LocalDate start = planStart(facts);
        if (years <= 0 || start == null) {
            return Optional.empty();
        }
        return Optional.of(new DueRange(start, start.plusYears(years).minusDays(1), DuePrecision.SPAN, null));
    }

    /** The first day the plan speaks for: its own period, else its issue date, else 1 January of its year. */
    static LocalDate planStart(DocumentFacts facts) {
        if (facts.periodStart() != null) {
            return facts.periodStart();
        }
        if (facts.issued() != null) {
            return facts.issued();
        }
        return facts.planYear() == null ? null : LocalDate.of(facts.planYear(), 1, 1);
    }

    private static DueRange month(LocalDate date, Recurrence recurrence) {
        return new DueRange(date.withDayOfMonth(1), date.withDayOfMonth(date.lengthOfMonth()), DuePrecision.MONTH, recurrence);
    }

    private static DueRange quarter(LocalDate date, Recurrence recurrence) {
        return new DueRange(date.withDayOfMonth(1).minusMonths(2), date, DuePrecision.QUARTER, recurrence);
    }

    private static boolean names(String text, String regex) {
        return Pattern.compile(regex).matcher(text).find();
    }

    private static boolean isQuarterEnd(LocalDate date) {
        return date.getMonthValue() % 3 == 0 && date.getDayOfMonth() == date.lengthOfMonth();
    }

    private static boolean isYearEnd(LocalDate date) {
        return date.getMonth() == Month.DECEMBER && date.getDayOfMonth() == 31;
    }
}

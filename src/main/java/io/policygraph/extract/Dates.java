package io.policygraph.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date and time words every extractor reads the same way: years (in Arabic or Chinese digits),
 * quarters, whole dates, dates whose 年/月/日 were lost, month ends. One place, so that the
 * document facts, deadlines and targets agree on what "2023年", "二〇一二年三月一日" or "三季度" mean.
 */
public final class Dates {

    /** A year of the plans' era. */
    public static final String YEAR_DIGITS = "(?:19|20)\\d{2}";
    /** "2023年", with the year in group {@code year}. */
    public static final Pattern YEAR = Pattern.compile("(?<year>" + YEAR_DIGITS + ")年");
    /** "三季度", "第3季度", "2023年四季度": the year (optional) in {@code year}, the quarter in {@code quarter}. */
    public static final Pattern QUARTER = Pattern.compile("(?:(?<year>" + YEAR_DIGITS + ")年)?(?:第)?(?<quarter>[一二三四1-4])季度");
    /** A date written in Chinese digits, as signatures print it: "二〇一二年三月一日". */
    public static final Pattern CHINESE_DATE = Pattern.compile(
            "(?<year>[一二][〇○零一二三四五六七八九]{3})年(?<month>[一二三四五六七八九十]{1,2})月(?<day>[一二三四五六七八九十]{1,3})日");
    /** A date in Arabic digits: "2023年5月12日". */
    public static final Pattern DATE = Pattern.compile(
            "(?<year>" + YEAR_DIGITS + ")年(?<month>\\d{1,2})月(?<day>\\d{1,2})日");

    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

    private Dates() {
    }

    /** The date, or empty when the parts name none (month 13, 30 February, not numbers). */
    public static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return date(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The last day of the month, or empty when {@code month} is not 1 … 12. */
    public static Optional<LocalDate> monthEnd(int year, int month) {
        return month >= 1 && month <= 12 ? Optional.of(YearMonth.of(year, month).atEndOfMonth()) : Optional.empty();
    }

    public static LocalDate yearEnd(int year) {
        return LocalDate.of(year, 12, 31);
    }

    /** The quarter (1 … 4) a date falls in. */
    public static int quarterOf(LocalDate date) {
        return (date.getMonthValue() + 2) / 3;
    }

    /** The first "20XX年" in {@code s}. */
    public static Optional<Integer> firstYear(String s) {
        if (s == null) {
            return Optional.empty();
        }
        Matcher y = YEAR.matcher(s);
        return y.find() ? Optional.of(Integer.parseInt(y.group("year"))) : Optional.empty();
    }

    /** A date written in Chinese digits ("二〇一二年三月一日"), from a {@link #CHINESE_DATE} match. */
    public static Optional<LocalDate> chineseDate(Matcher m) {
        StringBuilder year = new StringBuilder();
        for (char c : m.group("year").toCharArray()) {
            int d = CHINESE_DIGITS.indexOf(c == '○' || c == '零' ? '〇' : c);
            if (d < 0) {
                return Optional.empty();
            }
            year.append(d);
        }
        var month = ChineseNumbers.parse(m.group("month"));
        var day = ChineseNumbers.parse(m.group("day"));
        if (month.isEmpty() || day.isEmpty()) {
            return Optional.empty();
        }
        return date(Integer.parseInt(year.toString()), month.getAsInt(), day.getAsInt());
    }

    /**
     * A date whose 年/月/日 were lost ("2023512" → 2023-05-12). Where both readings are dates
     * ("2023112": 1 Dec or 11 Feb), a two-digit month is taken, as signatures print months in full.
     */
    public static Optional<LocalDate> fromDigits(String year, String monthDay) {
        if (monthDay.length() >= 3) {
            Optional<LocalDate> twoDigitMonth = date(year, monthDay.substring(0, 2), monthDay.substring(2));
            if (twoDigitMonth.isPresent()) {
                return twoDigitMonth;
            }
        }
        return monthDay.length() < 2 ? Optional.empty() : date(year, monthDay.substring(0, 1), monthDay.substring(1));
    }
}

package io.policygraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads when a task is due. A stated time limit ("完成时限:每月推进,季度考核,12月底完成") wins over
 * time words in the task's own text. Of several dates the latest counts (the last day the text
 * allows); bare months and quarters belong to the plan year; 今年/明年 are the plan year and the one
 * after; "到2025年" is the end of that year; spans count from the plan's start ("3年内" in a plan from
 * 2021 is the end of 2023) or from the issue date ("本文印发后3个月内"). Pure and thread-safe.
 */
public final class DeadlineParser {

    /** What a deadline is counted from: the plan year, the plan's own span and the issue date (each may be null). */
    public record Context(int planYear, LocalDate periodStart, LocalDate periodEnd, LocalDate issued) {
    }

    private static final Pattern STATED = Pattern.compile("(?:完成时限|完成时间|时间节点|时限要求|完成期限)\\s*:\\s*([^\\n]+)");
    private static final Pattern DAY = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日(?:前|之前|以前)?");
    /** "12月底", "6月份前", "争取6月完成": by the end of that month. */
    private static final Pattern MONTH_END = Pattern.compile(
            "(?:(\\d{4})年)?(\\d{1,2})月(?:(?:底|末|份)(?:前|之前)?|(?=完成|建成|到位|上线|投用|投运|竣工))");
    /** "12月中旬前", "6月上旬": by the 10th, the 20th or the end of that month. */
    private static final Pattern TEN_DAYS = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(上|中|下)旬(?:前|之前|末)?");
    /** A stated limit that is only a month or a year ("完成时限:2023年6月", "完成时限:2023年"): by its end. */
    private static final Pattern STATED_MONTH = Pattern.compile("^(?:(\\d{4})年)?(\\d{1,2})月$");
    private static final Pattern STATED_YEAR = Pattern.compile("^(\\d{4})年(?:度)?$");
    private static final Pattern BEFORE_MONTH = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(?:前|之前)");
    private static final Pattern QUARTER = Pattern.compile("(?:(\\d{4})年)?(?:第)?([一二三四1-4])季度");
    private static final Pattern HALF = Pattern.compile("(?:(\\d{4})年)?(上|下)半年");
    private static final Pattern YEAR_END = Pattern.compile("(?:(\\d{4})年)?(?<![\\d一二两三四五六七八九十])(?:年底|年末|年内|年底前)|(\\d{4})年(?:底|末|内(?!蒙))");
    /** A year that frames the whole clause ("2022年,全市…", "2023年全市新开工…"). */
    private static final Pattern YEAR_FRAME = Pattern.compile("(\\d{4})年(?=,|全市|全县|全区|全年)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
    /** "到2025年", "至2023年底", "2025年前": the end of that year (a month or quarter after it is read by the finer patterns). */
    private static final Pattern BY_YEAR = Pattern.compile(
            "(?:到|至|于)(?<year>" + Dates.YEAR_DIGITS + ")年(?:底|末)?(?![\\d一二三四上下第全])|(?<before>" + Dates.YEAR_DIGITS + ")年(?:底)?前");
    /** "本文印发后3个月内", "自印发之日起30日内", "本方案印发一个月内": a span counted from the issue date. */
    private static final Pattern AFTER_ISSUE = Pattern.compile(
            "(?:印发|发布|下发)(?:之日)?(?:后|起)?(?<n>\\d{1,3}|[一二两三四五六七八九十]{1,3})(?<unit>个月|个工作日|工作日|日|天|周|个星期|年)(?:内|以内|之内)");
    /** "3年内", "用两年时间", "实施3年": a span counted from the plan's start. */
    private static final Pattern WITHIN_YEARS = Pattern.compile(
            "(?<![\\d~\\-—–至到])(?:(?:用|利用|经过|实施)(?<n1>\\d|[一二两三四五])年(?:时间|左右)?|(?<n2>\\d|[一二两三四五])年(?:内|之内|时间))");
    /**
     * A span is a deadline only when its sentence says what is to be done by its end ("1年内完成合同用量");
     * "在两年之内对其…实行“直通车”" grants a period and sets no deadline.
     */
    private static final Pattern SPAN_COMPLETED = Pattern.compile("^[^。;]*?(?:完成|建成|实现|达到|到位|形成|覆盖|推开|取得|消除|退出|建立|出台)");
    /** 今年, 明年, 后年: years counted from the plan year. */
    private static final Pattern RELATIVE_YEAR = Pattern.compile("今年|明年|后年");
    private static final Pattern PERIOD_REFERENCE = Pattern.compile("(?:行动|活动|攻坚)[”」]?期间");
    private static final Pattern RECURRING_PREFIX = Pattern.compile("(?:每|按|逐|每年)$");
    private static final Pattern WEEKLY = Pattern.compile("每周|按周|逐周|周调度|周周");
    private static final Pattern MONTHLY = Pattern.compile("每月|按月|逐月|月调度|月月|每个月");
    private static final Pattern QUARTERLY = Pattern.compile("每季度|每季|按季|逐季|季度考核|季调度");
    private static final Pattern ASAP = Pattern.compile("适时|尽快|抓紧(?!抓)|尽早");
    /** In a stated time limit, any word of continuing work; in the task's own text only a manner of working. */
    private static final Pattern ONGOING = Pattern.compile("持续推进|常态化|长效化|长期坚持|长期推进|^长期$");
    private static final Pattern ONGOING_IN_TEXT = Pattern.compile(
            "常态化(?:开展|推进|推介|向|实施|做好|组织|运行|落实)|长效化推进|长期坚持|长期推进");

    private record Dated(String text, int start, LocalDate date, DeadlineKind kind) {
    }

    /** The deadline of a task whose text is {@code text}; a deadline of kind NONE when it states none. */
    public Deadline parse(String text, int planYear, LocalDate periodEnd) {
        return parse(text, new Context(planYear, null, periodEnd, null));
    }

    /** The deadline of a task whose text is {@code text} in a plan with this context. */
    public Deadline parse(String text, Context context) {
        Matcher stated = STATED.matcher(text);
        if (stated.find()) {
            return read(stated.group(1).strip(), context, true);
        }
        return read(text, context, false);
    }

    private Deadline read(String text, Context context, boolean stated) {
        Recurrence recurrence = recurrence(text);
        Optional<Dated> latest = dates(text, context).stream()
                .max(java.util.Comparator.comparing(Dated::date));
        if (latest.isEmpty() && stated) {
            latest = statedMonthOrYear(text, context.planYear());
        }
        if (latest.isPresent()) {
            Dated d = latest.get();
            DeadlineKind kind = stated ? DeadlineKind.DATE : d.kind();
            String shown = stated ? text : d.text();
            return new Deadline(shown, kind, d.date(), d.date().getYear(), (d.date().getMonthValue() + 2) / 3, recurrence);
        }
        Matcher asap = ASAP.matcher(text);
        if (asap.find()) {
            return new Deadline(stated ? text : clauseAround(text, asap.start()), DeadlineKind.ASAP, null, null, null, recurrence);
        }
        if (recurrence != null) {
            return new Deadline(stated ? text : recurrenceText(text), DeadlineKind.RECURRING, null, null, null, recurrence);
        }
        Matcher ongoing = (stated ? ONGOING : ONGOING_IN_TEXT).matcher(text);
        if (ongoing.find()) {
            return new Deadline(stated ? text : clauseAround(text, ongoing.start()), DeadlineKind.ONGOING, null, null, null, null);
        }
        return new Deadline(null, DeadlineKind.NONE, null, null, null, null);
    }

    private static List<Dated> dates(String written, Context context) {
        int planYear = context.planYear();
        LocalDate periodEnd = context.periodEnd();
        // 今年/明年 become the years they stand for, so that "明年6月底" reads like "2024年6月底".
        String text = planYear == 0 ? written : RELATIVE_YEAR.matcher(written).replaceAll(r -> switch (r.group()) {
            case "今年" -> planYear + "年";
            case "明年" -> (planYear + 1) + "年";
            default -> (planYear + 2) + "年";
        });
        List<Dated> out = new ArrayList<>();
        boolean[] used = new boolean[text.length()];
        collect(text, DAY, used, true, out, m -> Dates.date(String.valueOf(year(m.group(1), planYear)), m.group(2), m.group(3))
                .map(d -> new Dated(m.group(), m.start(), d, DeadlineKind.DATE)));
        collect(text, MONTH_END, used, true, out, m -> Dates.monthEnd(year(m.group(1), planYear), Integer.parseInt(m.group(2)))
                .map(d -> new Dated(m.group(), m.start(), d, DeadlineKind.MONTH)));
        collect(text, TEN_DAYS, used, true, out, m -> {
            int year = year(m.group(1), planYear);
            int month = Integer.parseInt(m.group(2));
            return Dates.monthEnd(year, month).map(end -> switch (m.group(3)) {
                case "上" -> end.withDayOfMonth(10);
                case "中" -> end.withDayOfMonth(20);
                default -> end;
            }).map(d -> new Dated(m.group(), m.start(), d, DeadlineKind.DATE));
        });
        collect(text, BEFORE_MONTH, used, true, out, m -> {
            int month = Integer.parseInt(m.group(2));
            int year = year(m.group(1), planYear);
            // "6月前" is due by the end of May.
            return (month == 1 ? Dates.monthEnd(year - 1, 12) : Dates.monthEnd(year, month - 1))
                    .map(d -> new Dated(m.group(), m.start(), d, DeadlineKind.MONTH));
        });
        collect(text, QUARTER, used, true, out, m -> {
            int quarter = ChineseNumbers.parse(m.group(2)).orElse(0);
            int year = m.group(1) != null ? Integer.parseInt(m.group(1)) : framingYear(text, m.start(), planYear);
            return Dates.monthEnd(year, quarter * 3).map(d -> new Dated(m.group(), m.start(), d, DeadlineKind.QUARTER));
        });
        collect(text, HALF, used, false, out, m -> {
            int year = year(m.group(1), planYear);
            LocalDate d = m.group(2).equals("上") ? LocalDate.of(year, 6, 30) : Dates.yearEnd(year);
            return Optional.of(new Dated(m.group(), m.start(), d, DeadlineKind.QUARTER));
        });
        collect(text, YEAR_END, used, false, out, m -> {
            String y = m.group(1) != null ? m.group(1) : m.group(2);
            return Optional.of(new Dated(m.group(), m.start(), LocalDate.of(year(y, planYear), 12, 31), DeadlineKind.YEAR));
        });
        collect(text, BY_YEAR, used, false, out, m -> {
            int year = Integer.parseInt(m.group("year") != null ? m.group("year") : m.group("before"));
            return Optional.of(new Dated(m.group(), m.start(), Dates.yearEnd(year), DeadlineKind.YEAR));
        });
        if (context.issued() != null) {
            collect(text, AFTER_ISSUE, used, false, out, m -> afterIssue(context.issued(), m.group("n"), m.group("unit"))
                    .map(d -> new Dated(m.group(), m.start(), d, DeadlineKind.DATE)));
        }
        int firstYear = context.periodStart() != null ? context.periodStart().getYear() : planYear;
        collect(text, WITHIN_YEARS, used, false, out, m -> {
            var n = ChineseNumbers.parse(m.group("n1") != null ? m.group("n1") : m.group("n2"));
            boolean completed = SPAN_COMPLETED.matcher(text.substring(m.end())).find();
            return completed && n.isPresent() && n.getAsInt() > 0 && firstYear > 0
                    ? Optional.of(new Dated(m.group(), m.start(), Dates.yearEnd(firstYear + n.getAsInt() - 1), DeadlineKind.YEAR))
                    : Optional.empty();
        });
        collect(text, YEAR_FRAME, used, false, out, m -> Optional.of(
                new Dated(m.group(), m.start(), LocalDate.of(Integer.parseInt(m.group(1)), 12, 31), DeadlineKind.YEAR)));
        if (periodEnd != null) {
            Matcher m = PERIOD_REFERENCE.matcher(text);
            if (m.find()) {
                out.add(new Dated(clauseAround(text, m.start()), m.start(), periodEnd, DeadlineKind.DATE));
            }
        }
        // Without a plan year a bare month names no date.
        out.removeIf(d -> d.date().getYear() < 1900);
        return out;
    }

    private static Optional<Dated> statedMonthOrYear(String text, int planYear) {
        Matcher month = STATED_MONTH.matcher(text);
        if (month.matches()) {
            return Dates.monthEnd(year(month.group(1), planYear), Integer.parseInt(month.group(2)))
                    .filter(d -> d.getYear() >= 1900).map(d -> new Dated(text, 0, d, DeadlineKind.MONTH));
        }
        Matcher year = STATED_YEAR.matcher(text);
        return year.matches() ? Optional.of(new Dated(text, 0, Dates.yearEnd(Integer.parseInt(year.group(1))), DeadlineKind.YEAR))
                : Optional.empty();
    }

    /** Adds the dates {@code pattern} finds where no earlier pattern matched; "每月5日前" is a cadence, not a date. */
    private static void collect(String text, Pattern pattern, boolean[] used, boolean notAfterCadence, List<Dated> out,
                                Function<Matcher, Optional<Dated>> read) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if ((!notAfterCadence || !recurringAt(text, m.start())) && claim(used, m)) {
                read.apply(m).ifPresent(out::add);
            }
        }
    }

    /** The nearest "20XX年" before a bare quarter in the same sentence, else the plan year. */
    /** Whether a deadline's text is a span of years counted from the plan's start ("5年内", "用两年时间"). */
    static boolean isSpanOfYears(String deadlineText) {
        return deadlineText != null && WITHIN_YEARS.matcher(deadlineText).find();
    }

    /** The issue date moved on by n units; working days skip Saturdays and Sundays. */
    private static Optional<LocalDate> afterIssue(LocalDate issued, String number, String unit) {
        var n = ChineseNumbers.parse(number);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        int k = n.getAsInt();
        return Optional.of(switch (unit) {
            case "个月" -> issued.plusMonths(k);
            case "周", "个星期" -> issued.plusWeeks(k);
            case "年" -> issued.plusYears(k);
            case "个工作日", "工作日" -> plusWorkingDays(issued, k);
            default -> issued.plusDays(k);
        });
    }

    private static LocalDate plusWorkingDays(LocalDate from, int days) {
        LocalDate d = from;
        for (int left = days; left > 0; ) {
            d = d.plusDays(1);
            if (d.getDayOfWeek().getValue() <= 5) {
                left--;
            }
        }
        return d;
    }

    private static int framingYear(String text, int at, int planYear) {
        int sentenceStart = Math.max(text.lastIndexOf('。', at), text.lastIndexOf(';', at)) + 1;
        Matcher y = YEAR.matcher(text.substring(sentenceStart, at));
        int year = planYear;
        while (y.find()) {
            year = Integer.parseInt(y.group(1));
        }
        return year;
    }

    private static boolean recurringAt(String text, int start) {
        return start > 0 && RECURRING_PREFIX.matcher(text.substring(Math.max(0, start - 2), start)).find();
    }

    private static boolean claim(boolean[] used, Matcher m) {
        for (int i = m.start(); i < m.end(); i++) {
            if (used[i]) {
                return false;
            }
        }
        for (int i = m.start(); i < m.end(); i++) {
            used[i] = true;
        }
        return true;
    }

    private static Recurrence recurrence(String text) {
        if (WEEKLY.matcher(text).find()) {
            return Recurrence.WEEKLY;
        }
        if (MONTHLY.matcher(text).find()) {
            return Recurrence.MONTHLY;
        }
        if (QUARTERLY.matcher(text).find()) {
            return Recurrence.QUARTERLY;
        }
        return null;
    }

    private static String recurrenceText(String text) {
        for (Pattern p : List.of(WEEKLY, MONTHLY, QUARTERLY)) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return clauseAround(text, m.start());
            }
        }
        return null;
    }

    private static String clauseAround(String text, int at) {
        int start = at;
        while (start > 0 && ",。;:\n".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int end = at;
        while (end < text.length() && ",。;\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return text.substring(start, end).strip();
    }

    private static int year(String explicit, int planYear) {
        return explicit == null ? planYear : Integer.parseInt(explicit);
    }
}

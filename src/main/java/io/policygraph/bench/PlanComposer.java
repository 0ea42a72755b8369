package io.policygraph.bench;

import com.hankcs.hanlp.HanLP;
import io.policygraph.bench.RegionalData.City;
import io.policygraph.bench.RegionalData.DepartmentType;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the text of one plan for one city in one layout. All choices come from the given random
 * source, so the same source state always yields the same text.
 */
final class PlanComposer {

    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕";
    private static final String GIVEN = "建国志强海军晓明文斌云峰红梅俊杰永刚国平立新丽华振宇德胜秀英卫东春林玉兰宏伟";

    private final SplittableRandom random;
    private final City city;
    private final Layout layout;
    private final int year;
    private final List<String> departments;
    private final List<String> localBodies;

    PlanComposer(SplittableRandom random, RegionalData data, City city, Layout layout) {
        this.random = random;
        this.city = city;
        this.layout = layout;
        this.year = 2021 + random.nextInt(5);
        this.departments = castOfDepartments(data.departmentTypes());
        this.localBodies = localBodies();
    }

    String compose() {
        int length = 5_000 + random.nextInt(10_000);
        return switch (layout) {
            case NEWS_REPORT -> HanLP.convertToTraditionalChinese(newsReport(length));
            case SHARING_SITE_COPY -> sharingSiteCopy(length);
            default -> formalPlan(length);
        };
    }

    // ---- layouts ----

    private String formalPlan(int length) {
        String title = city.name() + year + "年" + pick(Phrasebook.THEMES) + (layout == Layout.WORK_PLAN_ROLE_LINES ? "工作方案" : "行动方案");
        var out = new StringBuilder();
        if (layout == Layout.WORK_PLAN_ROLE_LINES) {
            String number = city.shortName().charAt(0) + "政办发〔" + year + "〕" + (1 + random.nextInt(90)) + "号";
            out.append(number).append(" 关于印发").append(title).append("的通知\n\n")
                    .append(pick(Phrasebook.SUBJECTS)).append(",市政府各部门:\n")
                    .append("《").append(title).append("》已经市政府常务会议研究同意,现印发给你们,请认真贯彻落实。\n\n")
                    .append(city.name()).append("人民政府办公室\n")
                    .append(year).append("年").append(1 + random.nextInt(4)).append("月").append(1 + random.nextInt(28)).append("日\n")
                    .append("(此件公开发布)\n\n");
        }
        out.append(title).append("\n\n");
        out.append("为深入贯彻落实省委、省政府关于").append(pick(Phrasebook.THEMES)).append("的决策部署,")
                .append(pick(Phrasebook.REASONS)).append(",结合我市实际,制定本方案。\n\n");
        out.append("一、工作目标\n\n");
        for (int i = 0, n = 2 + random.nextInt(3); i < n; i++) {
            out.append(targetSentence()).append(",").append(targetSentence()).append("。");
            if (layout == Layout.ACTION_PLAN_ROLE_PARENTHESES) {
                out.append(roles());
            }
            out.append("\n\n");
        }
        out.append("二、重点任务\n\n");
        int task = 0;
        while (out.length() < length - 600) {
            task++;
            out.append("(").append(chinese(task)).append(")").append(taskTitle()).append("。").append(taskBody());
            switch (layout) {
                case WORK_PLAN_ROLE_LINES -> out.append("\n\n").append(roleLines());
                case ACTION_PLAN_ROLE_PARENTHESES -> out.append(deadlineSentence()).append(roles());
                case INLINE_LEAD_SUPPORT -> out.append(inlineRoles());
                default -> throw new IllegalStateException(layout.name());
            }
            out.append("\n\n");
        }
        out.append("三、保障措施\n\n");
        for (int i = 1; i <= 3; i++) {
            out.append("(").append(chinese(i)).append(")").append(pick(Phrasebook.SAFEGUARDS)).append("。")
                    .append(pick(Phrasebook.SUBJECTS)).append("要").append(methods()).append(",")
                    .append(pick(Phrasebook.REASONS)).append("。\n\n");
        }
        return out.toString();
    }

    private String sharingSiteCopy(int length) {
        String title = year + "年" + pick(Phrasebook.THEMES) + "实施方案";
        var body = new StringBuilder();
        body.append(title).append("为认真落实全省").append(pick(Phrasebook.THEMES)).append("工作部署,结合")
                .append(city.name()).append("实际,制定本实施方案。一、工作目标");
        body.append(targetSentence()).append(",").append(targetSentence()).append("。二、重点工作");
        int task = 0;
        while (body.length() < length - 400) {
            task++;
            body.append("(").append(chinese(task)).append(")").append(taskTitle()).append("。").append(taskBody())
                    .append(deadlineSentence())
                    .append("(责任部门:").append(String.join("、", some(departments, 1, 3))).append(",")
                    .append(String.join("、", some(localBodies, 1, 2))).append(")");
        }
        var out = new StringBuilder("《").append(title).append(".docx》由会员分享,可在线阅读,更多相关《")
                .append(title).append(".docx(").append(1 + body.length() / 1500).append("页珍藏版)》请在文库网上搜索。\n1、");
        int page = 1;
        for (int start = 0; start < body.length(); ) {
            int end = Math.min(body.length(), start + 400 + random.nextInt(200));
            if (start > 0) {
                out.append("\n").append(++page).append("、");
            }
            out.append(body, start, end);
            start = end;
        }
        return out.toString();
    }

    private String newsReport(int length) {
        int month = 2 + random.nextInt(9);
        int day = 1 + random.nextInt(28);
        String secretary = personName();
        String mayor = personName();
        String meeting = "全市" + pick(Phrasebook.THEMES) + "推进大会";
        var out = new StringBuilder();
        out.append(city.name()).append("召开").append(meeting).append("\n\n")
                .append("%d-%02d-%02d %02d:%02d:%02d 来源:%s日报   浏览次数:\n\n".formatted(year, month, day,
                        8 + random.nextInt(10), random.nextInt(60), random.nextInt(60), city.shortName()))
                .append(secretary).append("出席并讲话 ").append(mayor).append("主持\n\n")
                .append(month).append("月").append(day).append("日,市委、市政府召开").append(meeting)
                .append("。市委书记").append(secretary).append("出席并讲话,市长").append(mayor).append("主持会议。")
                .append(departments.get(0)).append("负责人解读了《").append(city.name()).append(year).append("年")
                .append(pick(Phrasebook.THEMES)).append("行动方案》。\n\n")
                .append(targetSentence()).append(",").append(targetSentence()).append("。\n\n");
        var demands = new ArrayList<>(Phrasebook.NEWS_DEMANDS);
        int count = Math.min(demands.size(), 4 + random.nextInt(5));
        out.append(secretary).append("就做好下一步工作提出").append(chinese(count)).append("个方面要求。他指出,");
        for (int i = 1; i <= count; i++) {
            String demand = demands.remove(random.nextInt(demands.size()));
            out.append(chinese(i)).append("要").append(demand).append("。").append(taskBody());
            if (random.nextInt(3) == 0) {
                out.append(pick(departments)).append("要牵头").append(pick(Phrasebook.METHODS)).append(",")
                        .append(deadlineSentence());
            }
        }
        out.append("\n\n");
        while (out.length() < Math.min(length, 8_000)) {
            out.append("会议强调,").append(pick(Phrasebook.SUBJECTS)).append("要").append(methods()).append(",")
                    .append(pick(Phrasebook.REASONS)).append("。").append(targetSentence()).append("。\n\n");
        }
        return out.toString();
    }

    // ---- pieces ----

    private String taskTitle() {
        return pick(Phrasebook.TASK_VERBS) + pick(Phrasebook.TASK_OBJECTS);
    }

    private String taskBody() {
        var out = new StringBuilder();
        out.append(pick(Phrasebook.SUBJECTS)).append("要").append(methods()).append(",")
                .append(pick(Phrasebook.REASONS)).append("。");
        if (random.nextInt(3) > 0) {
            out.append(targetSentence()).append("。");
        }
        if (random.nextInt(2) == 0) {
            out.append(projectEnumeration()).append("。");
        }
        if (!city.counties().isEmpty() && random.nextInt(3) == 0) {
            out.append(String.join("、", some(city.counties(), 2, 3))).append("要").append(methods())
                    .append(",").append(targetSentence()).append("。");
        }
        out.append(pick(departments)).append("负责").append(String.join(",", some(Phrasebook.METHODS, 2, 2)))
                .append("。");
        return out.toString();
    }

    private String methods() {
        return String.join("、", some(Phrasebook.METHODS, 2, 4));
    }

    private String targetSentence() {
        String scope = !city.counties().isEmpty() && random.nextInt(4) == 0 ? pick(city.counties()) : "全市";
        String period = switch (random.nextInt(4)) {
            case 0 -> year + "年";
            case 1 -> year + "年" + pick(List.of("一", "二", "三", "四")) + "季度";
            default -> "";
        };
        return switch (random.nextInt(4)) {
            case 0 -> period + scope + pick(Phrasebook.METRICS) + "增速达到" + (3 + random.nextInt(15)) + "%以上";
            case 1 -> period + scope + pick(Phrasebook.RATE_METRICS) + "达到" + (60 + random.nextInt(41)) + "%";
            case 2 -> period + scope + pick(Phrasebook.COUNT_METRICS) + "不少于" + (5 + random.nextInt(500)) + "个";
            default -> period + scope + pick(Phrasebook.AMBITION) + pick(Phrasebook.METRICS)
                    + (1 + random.nextInt(400)) + "." + random.nextInt(10) + "亿元" + pick(Phrasebook.AT_LEAST);
        };
    }

    private String projectEnumeration() {
        int n = 2 + random.nextInt(5);
        var names = new LinkedHashSet<String>();
        while (names.size() < n) {
            names.add(projectPlace() + pick(Phrasebook.PROJECT_SCALES) + pick(Phrasebook.PROJECT_PRODUCTS));
        }
        String state = pick(Phrasebook.PROJECT_STATES);
        String investment = random.nextInt(2) == 0 ? "" : ",总投资" + (5 + random.nextInt(300)) + "亿元";
        return pick(List.of("加快推进", "全力推动", "重点推进")) + String.join("、", names) + "等" + n + "个"
                + state + "项目" + investment;
    }

    private String projectPlace() {
        if (!city.counties().isEmpty() && random.nextInt(2) == 0) {
            String county = pick(city.counties());
            return county.length() > 2 ? county.substring(0, county.length() - 1) : county;
        }
        return city.shortName() + pick(List.of("", "经开区", "高新区", "城区"));
    }

    private String deadlineSentence() {
        return "完成时限:" + deadline() + "。";
    }

    private String deadline() {
        return pick(Phrasebook.DEADLINES).formatted(year, 3 + random.nextInt(10));
    }

    private String roleLines() {
        var lines = new StringBuilder("牵头单位:").append(String.join("、", some(departments, 1, 2))).append("\n")
                .append("责任单位:").append(String.join("、", responsible())).append("\n");
        if (random.nextInt(3) == 0) {
            lines.append("配合单位:").append(String.join("、", some(departments, 1, 2))).append("\n");
        }
        return lines.append("完成时限:").append(deadline()).toString();
    }

    private String roles() {
        var out = new StringBuilder("(牵头单位:").append(String.join("、", some(departments, 1, 2)));
        if (random.nextInt(2) == 0) {
            out.append(",配合单位:").append(String.join("、", some(departments, 1, 2)));
        }
        return out.append(",责任单位:").append(String.join("、", responsible())).append(")").toString();
    }

    private String inlineRoles() {
        return deadlineSentence() + "(" + String.join("、", some(departments, 1, 2)) + "牵头,"
                + String.join("、", some(departments, 1, 3)) + "配合)";
    }

    private List<String> responsible() {
        var bodies = new ArrayList<>(some(departments, 0, 2));
        bodies.addAll(some(localBodies, 1, 2));
        return bodies;
    }

    // ---- the cast: which bodies and places this plan names ----

    /** 8–16 bodies, each in one surface form; the common bodies (top of departments.tsv) appear most. */
    private List<String> castOfDepartments(List<DepartmentType> types) {
        var cast = new LinkedHashSet<String>();
        int size = 8 + random.nextInt(9);
        while (cast.size() < size) {
            DepartmentType type = types.get(Math.min(random.nextInt(types.size()), random.nextInt(types.size())));
            cast.add("市" + pick(type.forms()));
        }
        return List.copyOf(cast);
    }

    private List<String> localBodies() {
        var bodies = new ArrayList<String>();
        bodies.add("各县(市、区)人民政府");
        bodies.add(city.shortName() + "经济技术开发区管委会");
        if (!city.counties().isEmpty()) {
            some(city.counties(), 1, 3).forEach(county -> bodies.add(county + "人民政府"));
        }
        return bodies;
    }

    private String personName() {
        return "" + SURNAMES.charAt(random.nextInt(SURNAMES.length()))
                + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + (random.nextInt(3) == 0 ? "" : "" + GIVEN.charAt(random.nextInt(GIVEN.length())));
    }

    /** Between {@code min} and {@code max} distinct items, in the order drawn. */
    private List<String> some(List<String> items, int min, int max) {
        int n = Math.min(items.size(), min + random.nextInt(max - min + 1));
        var chosen = new LinkedHashSet<String>();
        while (chosen.size() < n) {
            chosen.add(pick(items));
        }
        return List.copyOf(chosen);
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** 1..99 as plans number their items: 十, 十一, 二十三. */
    static String chinese(int n) {
        if (n < 10) {
            return DIGITS[n];
        }
        return (n / 10 == 1 ? "" : DIGITS[n / 10]) + "十" + DIGITS[n % 10];
    }
}

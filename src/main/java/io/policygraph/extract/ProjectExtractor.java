package io.policygraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds named projects in the enumerations plans use: "加快推进A、B、C等6个续建项目", "加快推进总投资50亿元
 * 以上的A、B等重点产业项目建设" (each ≥ 50亿元), "重点抓好A、B等重大项目前期手续办理", "A、B“四大”工程".
 * Pure and thread-safe.
 */
public final class ProjectExtractor {

    /** A project named at [start, end) of the text. */
    public record Mention(String name, int start, int end) {
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
        return new Found(List.copyOf(byName.values()), List.copyOf(mentions));
    }

    private static Project merge(Project a, Project b) {
        return new Project(a.name(), a.investment() != null ? a.investment() : b.investment(),
                a.status() != null ? a.status() : b.status(), List.of());
    }

    private static Amount investment(String value, String unit, String bound) {
        double v = Double.parseDouble(value);
        Comparator comparator = bound == null ? Comparator.EXACTLY : bound.equals("以上") ? Comparator.AT_LEAST : Comparator.ABOUT;
        return new Amount(v, unit, comparator, unit.equals("亿元") ? v * 1e8 : v * 1e4);
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

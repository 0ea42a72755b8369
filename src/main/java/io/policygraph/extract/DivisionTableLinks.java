package io.policygraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links the 序号 of a division table back to the numbered items of the plan's body: by the item name
 * the table repeats (character-bigram similarity), else, where the table has exactly one 序号 per work
 * item, by position. Items of framing sections (组织实施 …) are linked too, since a table that assigns
 * them bodies makes them tasks. Pure.
 */
public final class DivisionTableLinks {

    /** Names this similar or more are the same item ("有序扩大家庭医生来源" / "有序扩大家庭医生来源。"). */
    private static final double SAME_NAME = 0.5;

    private DivisionTableLinks() {
    }

    /** The table item linked to each segment, in the segments' order; segments without one are absent. */
    public static Map<TaskSegmenter.Segment, DivisionTable.Item> link(List<TaskSegmenter.Segment> work,
            List<TaskSegmenter.Segment> framing, List<DivisionTable.Item> items) {
        Map<TaskSegmenter.Segment, DivisionTable.Item> links = new LinkedHashMap<>();
        if (items.isEmpty()) {
            return links;
        }
        List<TaskSegmenter.Segment> all = new ArrayList<>(work);
        all.addAll(framing);
        List<TaskSegmenter.Segment> leaves = leaves(all);
        Set<TaskSegmenter.Segment> used = new HashSet<>();
        List<DivisionTable.Item> unlinked = new ArrayList<>();
        for (DivisionTable.Item item : items) {
            TaskSegmenter.Segment best = null;
            double bestScore = SAME_NAME;
            if (item.name() != null) {
                for (TaskSegmenter.Segment s : leaves) {
                    double score = dice(item.name(), s.title());
                    if (!used.contains(s) && score >= bestScore) {
                        best = s;
                        bestScore = score;
                    }
                }
            }
            if (best == null) {
                unlinked.add(item);
            } else {
                used.add(best);
                links.put(best, item);
            }
        }
        List<TaskSegmenter.Segment> workLeaves = leaves(work);
        if (!unlinked.isEmpty() && items.size() == workLeaves.size()) {
            for (DivisionTable.Item item : unlinked) {
                TaskSegmenter.Segment s = workLeaves.get(item.number() - 1);
                if (!used.contains(s)) {
                    used.add(s);
                    links.put(s, item);
                }
            }
        }
        return links;
    }

    /** Segments that no other segment's number extends: the items a table lists. */
    private static List<TaskSegmenter.Segment> leaves(List<TaskSegmenter.Segment> segments) {
        List<TaskSegmenter.Segment> out = new ArrayList<>();
        for (TaskSegmenter.Segment s : segments) {
            boolean parent = segments.stream().anyMatch(o -> o != s && o.number().startsWith(s.number() + "."));
            if (!parent) {
                out.add(s);
            }
        }
        return out;
    }

    static double dice(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return 2.0 * both.size() / (x.size() + y.size());
    }

    private static Set<String> bigrams(String s) {
        String t = s.replaceAll("[\\s。.,;:、]", "");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 <= t.length(); i++) {
            out.add(t.substring(i, i + 2));
        }
        if (out.isEmpty() && !t.isEmpty()) {
            out.add(t);
        }
        return out;
    }
}

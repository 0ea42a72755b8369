package io.policygraph.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.policygraph.text.TextDecoder;
import io.policygraph.text.TextNormalizer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Offline loop: decodes, normalises and extracts every .txt file in a folder and prints the result
 * shaped like the scorer's DOCS_QUERY answer, for tools/offline_score.py.
 * Usage: ExtractionDump <corpus folder> [output.json]
 */
public final class ExtractionDump {

    private ExtractionDump() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "ingest/corpus");
        PlanExtractor extractor = new PlanExtractor();
        TextNormalizer normalizer = new TextNormalizer();
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = normalizer.normalise(TextDecoder.decode(Files.readAllBytes(file))).text();
                documents.add(document(extractor.extract(file.getFileName().toString(), text)));
            }
        }
        String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(documents);
        if (args.length > 1) {
            Files.writeString(Path.of(args[1]), json);
        } else {
            System.out.println(json);
        }
    }

    private static Map<String, Object> document(PlanExtraction e) {
        DocumentFacts f = e.facts();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("fileName", e.fileName());
        d.put("title", f.title());
        d.put("kind", f.kind() == null ? null : f.kind().name());
        d.put("city", f.city() == null ? null : Map.of("name", f.city()));
        d.put("province", f.province());
        d.put("docNumber", f.docNumber());
        d.put("issued", str(f.issued()));
        d.put("periodStart", str(f.periodStart()));
        d.put("periodEnd", str(f.periodEnd()));
        d.put("planYear", f.planYear());
        d.put("text", e.text());
        d.put("departments", e.departments().stream().map(dep -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", dep.name());
            m.put("aliases", dep.aliases().stream().sorted().toList());
            m.put("type", dep.type());
            m.put("kind", dep.kind().name());
            return m;
        }).toList());
        d.put("tasks", e.tasks().stream().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", t.number());
            m.put("title", t.title());
            m.put("leads", names(t.leads()));
            m.put("responsible", names(t.responsible()));
            m.put("supports", names(t.supports()));
            m.put("deadline", deadline(t.deadline()));
            m.put("projects", names(t.projects()));
            m.put("source", source(t.start(), t.end(), t.text()));
            return m;
        }).toList());
        d.put("targets", e.targets().stream().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", t.text());
            m.put("metric", t.metric());
            m.put("value", t.value());
            m.put("unit", t.unit());
            m.put("comparator", t.comparator().name());
            m.put("period", t.period());
            m.put("scope", t.scope());
            m.put("source", source(t.start(), t.end(), t.text()));
            return m;
        }).toList());
        d.put("projects", e.projects().stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("status", p.status() == null ? null : p.status().name());
            m.put("investment", p.investment() == null ? null : Map.of("value", p.investment().value(),
                    "unit", p.investment().unit(), "comparator", p.investment().comparator().name()));
            return m;
        }).toList());
        return d;
    }

    private static Map<String, Object> deadline(Deadline dl) {
        if (dl == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", dl.text());
        m.put("kind", dl.kind().name());
        m.put("date", str(dl.date()));
        m.put("year", dl.year());
        m.put("quarter", dl.quarter());
        m.put("recurrence", dl.recurrence() == null ? null : dl.recurrence().name());
        return m;
    }

    private static List<Map<String, String>> names(List<String> names) {
        return names.stream().map(n -> Map.of("name", n)).toList();
    }

    private static Map<String, Object> source(int start, int end, String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", start);
        m.put("end", end);
        m.put("text", text);
        return m;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}

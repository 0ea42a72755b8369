package io.policygraph.ingest;

import io.policygraph.extract.ExtractionWarning;
import io.policygraph.extract.PlanExtraction;
import io.policygraph.extract.PlanExtractor;
import io.policygraph.text.TextDecoder;
import io.policygraph.text.TextNormalizer;
import io.policygraph.text.UnreadableTextException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code java -jar policy-graph.jar audit [--summary] PATH...}: extracts each plan as ingest would
 * (no store is opened) and prints what looked like a fact but was not read, per document and in
 * total. Exit 0 when every file could be read, 1 when some could not, 2 on a usage error.
 */
public final class AuditCommand {

    static final String USAGE = "usage: java -jar policy-graph.jar audit [--summary] PATH...";

    private AuditCommand() {
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        var parsed = CommandArguments.parse(args, Set.of("--summary"), USAGE, err);
        if (parsed.isEmpty()) {
            return 2;
        }
        boolean summary = parsed.get().flags().contains("--summary");
        var paths = parsed.get().paths();
        var extractor = new PlanExtractor();
        var normalizer = new TextNormalizer();
        var total = new EnumMap<ExtractionWarning.Kind, Integer>(ExtractionWarning.Kind.class);
        int documents = 0;
        int unreadable = 0;
        for (var planFile : PlanFiles.expand(paths)) {
            Path file = planFile.file();
            String name = planFile.documentId();
            PlanExtraction plan;
            try {
                plan = extractor.extract(name, normalizer.normalise(TextDecoder.decode(Files.readAllBytes(file))).text());
            } catch (IOException | UnreadableTextException e) {
                out.printf("%s: cannot read: %s%n", name, e.getMessage());
                unreadable++;
                continue;
            }
            documents++;
            var counts = counts(plan.warnings());
            counts.forEach((kind, n) -> total.merge(kind, n, Integer::sum));
            out.printf("%s: %d tasks, %d targets, %d departments, %d projects; %s%n", name, plan.tasks().size(),
                    plan.targets().size(), plan.departments().size(), plan.projects().size(), line(counts));
            if (!summary) {
                for (ExtractionWarning w : plan.warnings()) {
                    out.printf("  %-24s %6d  %s%n", w.kind(), w.start(), w.text());
                }
            }
        }
        out.printf("total, %d documents: %s%n", documents, line(total));
        return unreadable == 0 ? 0 : 1;
    }

    private static Map<ExtractionWarning.Kind, Integer> counts(List<ExtractionWarning> warnings) {
        var counts = new EnumMap<ExtractionWarning.Kind, Integer>(ExtractionWarning.Kind.class);
        for (ExtractionWarning.Kind kind : ExtractionWarning.Kind.values()) {
            counts.put(kind, 0);
        }
        warnings.forEach(w -> counts.merge(w.kind(), 1, Integer::sum));
        return counts;
    }

    /** "unresolved roles 3, unexpanded abbreviations 0, …" in a fixed order, so runs compare line by line. */
    private static String line(Map<ExtractionWarning.Kind, Integer> counts) {
        var parts = new ArrayList<String>();
        int sum = 0;
        for (ExtractionWarning.Kind kind : ExtractionWarning.Kind.values()) {
            int n = counts.getOrDefault(kind, 0);
            sum += n;
            parts.add(kind.description() + " " + n);
        }
        return sum + " warnings (" + String.join(", ", parts) + ")";
    }
}

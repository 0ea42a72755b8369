package io.policygraph.ingest;


import java.io.PrintStream;
import java.util.List;

/**
 * {@code java -jar policy-graph.jar check [--policygraph.data-dir=DIR]}: opens the store as a
 * start does (so a lagging search index is caught up first), prints the count of every label and
 * relationship and any disagreement between graph and index. Exit 0 when consistent, 1 otherwise.
 */
public final class CheckCommand {

    private CheckCommand() {
    }

    public static int run(String[] args) {
        return run(args, System.out);
    }

    static int run(String[] args, PrintStream out) {
        var opened = ToolContext.open(List.of(args), System.err);
        if (opened.isEmpty()) {
            return 1;
        }
        try (var context = opened.get()) {
            var report = context.getBean(StoreCheck.class).run();
            out.print(report.text());
            return report.problems().isEmpty() ? 0 : 1;
        }
    }
}

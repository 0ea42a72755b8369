package io.policygraph.ingest;


import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * {@code java -jar policy-graph.jar ingest [--policygraph.data-dir=DIR] PATH...}: ingests files and
 * folders without a web server, one line per file and a summary. Exit codes: 0 all landed, 1 some
 * failed (the others still landed), 2 usage error.
 */
public final class IngestCommand {

    static final String USAGE = "usage: java -jar policy-graph.jar ingest [--policygraph.data-dir=DIR] PATH...";

    private IngestCommand() {
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        var parsed = CommandArguments.parse(args, Set.of(), USAGE, err);
        if (parsed.isEmpty()) {
            return 2;
        }
        var options = parsed.get().options();
        var paths = parsed.get().paths();
        var opened = ToolContext.open(options, err);
        if (opened.isEmpty()) {
            return 1;
        }
        try (var context = opened.get()) {
            List<IngestResult> results = context.getBean(IngestService.class).ingestPaths(paths);
            results.forEach(r -> out.println(r.line()));
            long failed = results.stream().filter(r -> !r.landed()).count();
            out.printf("%d files: %d landed, %d failed%n", results.size(), results.size() - failed, failed);
            return failed == 0 ? 0 : 1;
        }
    }

}

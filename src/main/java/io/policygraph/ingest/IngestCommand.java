package io.policygraph.ingest;


import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * {@code java -jar policy-graph.jar ingest [--policygraph.data-dir=DIR] PATH...}: ingests files and
 * folders (subfolders included) without a web server, a progress line while it runs, then one line
 * per file and a summary. Exit codes: 0 all landed, 1 some
 * failed (the others still landed), 2 usage error.
 */
public final class IngestCommand {

    private static final Duration PROGRESS_LOG_INTERVAL = Duration.ofSeconds(10);
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
            // A person watching sees one line rewritten in place; a script's output gets a log line now and then.
            var progress = System.console() != null ? IngestProgress.onTerminal(out) : IngestProgress.inLog(PROGRESS_LOG_INTERVAL);
            List<IngestResult> results = context.getBean(IngestService.class).ingestPaths(paths, progress);
            results.forEach(r -> out.println(r.line()));
            long failed = results.stream().filter(r -> !r.landed()).count();
            out.printf("%d files: %d landed, %d failed%n", results.size(), results.size() - failed, failed);
            return failed == 0 ? 0 : 1;
        }
    }

}

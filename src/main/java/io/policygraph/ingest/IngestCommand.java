package io.policygraph.ingest;


import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        var options = new ArrayList<String>();
        var paths = new ArrayList<Path>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.add(arg);
            } else if (arg.startsWith("-")) {
                err.println("unknown option " + arg);
                err.println(USAGE);
                return 2;
            } else {
                paths.add(Path.of(arg));
            }
        }
        if (paths.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
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

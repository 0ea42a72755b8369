package io.policygraph.ingest;

import io.policygraph.PolicyGraphApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Opens the store for a command-line tool: the application without a web server, without the
 * first-start corpus ingest, and with quiet logs, so the tool's own lines are what a script reads.
 */
final class ToolContext {

    private ToolContext() {
    }

    /** Empty, with one line on {@code err} saying why, when the store cannot be opened (e.g. a server holds it). */
    static Optional<ConfigurableApplicationContext> open(List<String> options, PrintStream err) {
        var all = new ArrayList<>(options);
        all.add("--policygraph.ingest-on-start=false");
        all.add("--spring.main.banner-mode=off");
        all.add("--logging.level.root=WARN");
        // A long ingest's progress lines, when its output is not a terminal.
        all.add("--logging.level.io.policygraph.ingest.IngestProgress=INFO");
        try {
            return Optional.of(new SpringApplicationBuilder(PolicyGraphApplication.class)
                    .web(WebApplicationType.NONE).logStartupInfo(false).run(all.toArray(String[]::new)));
        } catch (RuntimeException e) {
            err.println("cannot open the store: " + rootCause(e).getMessage());
            err.println("(is another PolicyGraph using the same policygraph.data-dir?)");
            return Optional.empty();
        }
    }

    private static Throwable rootCause(Throwable e) {
        return e.getCause() == null || e.getCause() == e ? e : rootCause(e.getCause());
    }
}

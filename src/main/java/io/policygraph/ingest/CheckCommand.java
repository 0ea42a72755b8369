package io.policygraph.ingest;

import io.policygraph.PolicyGraphApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.io.PrintStream;

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
        var options = new java.util.ArrayList<>(java.util.List.of(args));
        options.add("--policygraph.ingest-on-start=false");
        options.add("--spring.main.banner-mode=off");
        options.add("--logging.level.root=WARN");
        try (var context = new SpringApplicationBuilder(PolicyGraphApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run(options.toArray(String[]::new))) {
            var report = context.getBean(StoreCheck.class).run();
            out.print(report.text());
            return report.problems().isEmpty() ? 0 : 1;
        }
    }
}

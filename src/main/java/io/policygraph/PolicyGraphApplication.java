package io.policygraph;

import io.policygraph.bench.BenchCommand;
import io.policygraph.bench.GenerateCommand;
import io.policygraph.extract.ExtractionWarmUp;
import io.policygraph.ingest.AuditCommand;
import io.policygraph.ingest.CheckCommand;
import io.policygraph.search.quality.SearchQualityCheck;
import io.policygraph.ingest.IngestCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.util.Arrays;

/**
 * PolicyGraph: Chinese action plans as a knowledge graph. Without a command word it serves GraphQL;
 * the command words run a tool without a web server: {@code ingest PATH...} loads files, {@code audit PATH...}
 * lists what extraction did not read, {@code check}
 * verifies the store, {@code generate} writes a synthetic corpus, {@code bench} measures, and
 * {@code search-quality} compares the search with Neo4j's own full-text index. Scheduling runs the
 * search index's follow-up of the graph's change log.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PolicyGraphApplication {

    public static void main(String[] args) {
        var rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (args.length == 0 ? "" : args[0]) {
            case "ingest" -> System.exit(IngestCommand.run(rest));
            case "check" -> System.exit(CheckCommand.run(rest));
            case "audit" -> System.exit(AuditCommand.run(rest));
            case "generate" -> System.exit(GenerateCommand.run(rest));
            case "bench" -> System.exit(BenchCommand.run(rest));
            case "search-quality" -> SearchQualityCheck.main(rest);
            default -> {
                // The first-start ingest and the first search need HanLP's dictionaries: load them meanwhile.
                ExtractionWarmUp.startInBackground();
                SpringApplication.run(PolicyGraphApplication.class, args);
            }
        }
    }
}

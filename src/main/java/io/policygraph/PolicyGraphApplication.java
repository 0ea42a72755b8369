package io.policygraph;

import io.policygraph.ingest.CheckCommand;
import io.policygraph.ingest.IngestCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import java.util.Arrays;

/**
 * PolicyGraph: Chinese action plans as a knowledge graph. Without a command word it serves GraphQL;
 * {@code ingest PATH...} loads files and {@code check} verifies the store, both without a web server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PolicyGraphApplication {

    public static void main(String[] args) {
        var rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (args.length == 0 ? "" : args[0]) {
            case "ingest" -> System.exit(IngestCommand.run(rest));
            case "check" -> System.exit(CheckCommand.run(rest));
            default -> SpringApplication.run(PolicyGraphApplication.class, args);
        }
    }
}

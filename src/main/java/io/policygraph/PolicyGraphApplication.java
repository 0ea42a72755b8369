package io.policygraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** PolicyGraph: Chinese action plans as a knowledge graph, served through GraphQL. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PolicyGraphApplication {

    public static void main(String[] args) {
        SpringApplication.run(PolicyGraphApplication.class, args);
    }
}

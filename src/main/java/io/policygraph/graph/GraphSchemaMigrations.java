package io.policygraph.graph;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Applies the versioned Cypher migrations of graph-schema/ (packaged as classpath:neo4j/migrations)
 * before anything reads or writes the graph. neo4j-migrations records what it applied in the
 * database, so a restart applies nothing twice.
 */
@Configuration(proxyBeanMethods = false)
public class GraphSchemaMigrations {

    /** Other graph beans depend on this one, so the schema is in place before they run. */
    @Bean
    AppliedSchema appliedSchema(Driver driver) {
        var config = MigrationsConfig.builder()
                .withLocationsToScan("classpath:neo4j/migrations")
                .withAutocrlf(true)
                .build();
        var version = new Migrations(config, driver).apply().map(Object::toString).orElse("none");
        return new AppliedSchema(version);
    }

    /** The schema version the database is at once migrations ran. */
    public record AppliedSchema(String version) {
    }
}

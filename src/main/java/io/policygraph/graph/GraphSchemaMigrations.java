package io.policygraph.graph;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Applies the versioned Cypher migrations of graph-schema/ (packaged as classpath:neo4j/migrations)
 * to the database as soon as its driver exists, before the driver is handed to any other bean: so
 * nothing reads or writes the graph before the schema is in place, whatever the order beans are made
 * in, and no bean has to ask for the schema to get that guarantee. neo4j-migrations records what it
 * applied in the database, so a restart applies nothing twice.
 */
@Configuration(proxyBeanMethods = false)
public class GraphSchemaMigrations {

    private final MigrateOnDriver migrations;

    /** Outside Spring: {@link #appliedSchema} migrates the driver it is given. */
    public GraphSchemaMigrations() {
        this(null);
    }

    @Autowired
    GraphSchemaMigrations(MigrateOnDriver migrations) {
        this.migrations = migrations;
    }

    /** The one start-up step that migrates: it runs on the driver bean, embedded or external. */
    @Bean
    static MigrateOnDriver migrateOnDriver() {
        return new MigrateOnDriver();
    }

    /** Migrates each driver bean once and remembers the version, so nothing at start-up asks the database again. */
    static final class MigrateOnDriver implements BeanPostProcessor {

        private final Map<Driver, String> versions = Collections.synchronizedMap(new IdentityHashMap<>());

        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            if (bean instanceof Driver driver) {
                versions.put(driver, apply(driver));
            }
            return bean;
        }

        String versionOf(Driver driver) {
            return versions.get(driver);
        }
    }

    /** Applies what is pending; the version the database is at afterwards. */
    static String apply(Driver driver) {
        var config = MigrationsConfig.builder()
                .withLocationsToScan("classpath:neo4j/migrations")
                .withAutocrlf(true)
                .build();
        return new Migrations(config, driver).apply().map(Object::toString).orElse("none");
    }

    /**
     * The schema version, for whoever reports it: what the post-processor applied to the driver bean
     * (running the migrations again would only read the database's migration chain, seconds at start-up).
     */
    @Bean
    AppliedSchema appliedSchema(Driver driver) {
        String version = migrations == null ? null : migrations.versionOf(driver);
        // Outside Spring (a test with a driver of its own) this is what migrates that driver.
        return new AppliedSchema(version != null ? version : apply(driver));
    }

    /** The schema version the database is at once migrations ran. */
    public record AppliedSchema(String version) {
    }
}

package io.policygraph.graph;

import io.policygraph.PolicyGraphProperties;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Starts Neo4j inside the process when no external database is configured ({@code spring.neo4j.uri}
 * unset). The application still talks to it through Bolt and the driver, so embedded and external
 * modes run the same code; Bolt listens on 127.0.0.1 only, which also lets Neo4j Browser or
 * cypher-shell on the same machine read the graph. Authentication is off because nothing outside the
 * machine can reach the port. The memory it may take is bounded by settings ({@code policygraph.neo4j.page-cache},
 * {@code policygraph.neo4j.transaction-memory}) instead of Neo4j's defaults for a dedicated server (a page
 * cache of half the machine's memory), and it starts without preparing for a store of gigabytes.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.neo4j.uri:}'.isEmpty()")
class EmbeddedNeo4jConfiguration {

    /**
     * Starting the database takes seconds; it starts on a thread of its own as soon as the context's bean
     * definitions are known, while Spring builds the web server and the beans that do not need it.
     */
    @Bean
    static EarlyStart embeddedNeo4jEarlyStart(Environment environment) {
        return new EarlyStart(environment);
    }

    @Bean(destroyMethod = "shutdown")
    DatabaseManagementService embeddedNeo4j(EarlyStart start) {
        return start.handOver();
    }

    static DatabaseManagementService start(PolicyGraphProperties properties) {
        var neo4j = properties.neo4j();
        return new DatabaseManagementServiceBuilder(properties.dataDir().resolve("neo4j").toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", neo4j.boltPort()))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
                .setConfig(GraphDatabaseSettings.pagecache_memory, neo4j.pageCache().toBytes())
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, neo4j.transactionMemory().toBytes())
                // A new store's transaction logs are written as they grow, not reserved 256 MB at a time up front.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, 64L * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .build();
    }

    /**
     * Starts the database when the bean factory is ready to be post-processed (before the web server and
     * the singletons are made) and hands it to the {@code embeddedNeo4j} bean, which waits for it. If the
     * context fails before that, the database it started is shut down with it.
     */
    static final class EarlyStart implements BeanFactoryPostProcessor, DisposableBean {

        private final Environment environment;
        private CompletableFuture<DatabaseManagementService> started;
        private boolean handedOver;

        EarlyStart(Environment environment) {
            this.environment = environment;
        }

        @Override
        public synchronized void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            var properties = Binder.get(environment).bindOrCreate("policygraph", PolicyGraphProperties.class);
            started = new CompletableFuture<>();
            var thread = new Thread(() -> {
                try {
                    started.complete(start(properties));
                } catch (Throwable e) {
                    started.completeExceptionally(e);
                }
            }, "neo4j-start");
            thread.setDaemon(true);
            thread.start();
        }

        synchronized DatabaseManagementService handOver() {
            try {
                var service = started.join();
                handedOver = true;
                return service;
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw e;
            }
        }

        @Override
        public synchronized void destroy() {
            if (!handedOver && started != null) {
                started.thenAccept(DatabaseManagementService::shutdown);
            }
        }
    }

    @Bean(destroyMethod = "close")
    Driver neo4jDriver(DatabaseManagementService embeddedNeo4j) {
        var db = (GraphDatabaseAPI) embeddedNeo4j.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        var bolt = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        var driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt.getPort(), AuthTokens.none(),
                Config.builder().withMaxConnectionPoolSize(64).build());
        driver.verifyConnectivity();
        return driver;
    }
}

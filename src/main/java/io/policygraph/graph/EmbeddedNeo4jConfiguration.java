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
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * Starts Neo4j inside the process when no external database is configured ({@code spring.neo4j.uri}
 * unset). The application still talks to it through Bolt and the driver, so embedded and external
 * modes run the same code; Bolt listens on 127.0.0.1 only, which also lets Neo4j Browser or
 * cypher-shell on the same machine read the graph. Authentication is off because nothing outside the
 * machine can reach the port.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.neo4j.uri:}'.isEmpty()")
class EmbeddedNeo4jConfiguration {

    @Bean(destroyMethod = "shutdown")
    DatabaseManagementService embeddedNeo4j(PolicyGraphProperties properties) {
        return new DatabaseManagementServiceBuilder(properties.dataDir().resolve("neo4j").toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", properties.neo4j().boltPort()))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
                .build();
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

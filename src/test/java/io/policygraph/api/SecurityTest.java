package io.policygraph.api;

import io.policygraph.SeededServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityTest extends SeededServiceTest {

    @LocalServerPort
    int port;

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void corsIsClosedUnlessOriginsAreConfigured() throws Exception {
        var preflight = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST").build();
        var response = HttpClient.newHttpClient().send(preflight, HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void aOneMegabyteQueryIsRefusedAndTheServiceGoesOn() {
        var huge = "{ documents { totalCount } }" + " ".repeat(1024 * 1024);
        graphQl.document("{ documents { totalCount }" + "  __typename".repeat(90_000) + " }").execute().errors()
                .satisfy(errors -> assertThat(errors).isNotEmpty());
        graphQl.document(huge).execute().errors().satisfy(errors -> assertThat(errors).isNotEmpty());
        graphQl.document("{ documents { totalCount } }").execute().path("documents.totalCount").entity(Integer.class)
                .isEqualTo(5);
    }
}

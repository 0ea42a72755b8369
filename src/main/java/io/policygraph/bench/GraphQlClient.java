package io.policygraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Posts GraphQL requests over HTTP as an outside client would; refuses answers that carry errors. */
final class GraphQlClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;

    GraphQlClient(int port) {
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
    }

    /** The {@code data} of the answer. */
    JsonNode query(String query, Map<String, Object> variables) {
        try {
            var body = JSON.writeValueAsBytes(Map.of("query", query, "variables", variables));
            var request = HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            JsonNode answer = JSON.readTree(response.body());
            if (response.statusCode() != 200 || answer.hasNonNull("errors")) {
                throw new IllegalStateException("GraphQL answered " + response.statusCode() + ": " + answer);
            }
            return answer.get("data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

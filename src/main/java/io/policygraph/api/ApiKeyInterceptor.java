package io.policygraph.api;

import io.policygraph.PolicyGraphProperties;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Marks a request as staff when it carries {@code Authorization: Bearer <policygraph.api-key>}.
 * With no key configured nobody is staff, so every mutation is refused.
 */
@Component
class ApiKeyInterceptor implements WebGraphQlInterceptor {

    static final String STAFF = "policygraph.staff";

    private final byte[] key;

    ApiKeyInterceptor(PolicyGraphProperties properties) {
        this.key = properties.apiKey().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        var header = request.getHeaders().getFirst("Authorization");
        boolean staff = key.length > 0 && header != null && header.startsWith("Bearer ")
                // constant-time comparison: the key is a secret
                && MessageDigest.isEqual(key, header.substring(7).trim().getBytes(StandardCharsets.UTF_8));
        request.configureExecutionInput((input, builder) ->
                builder.graphQLContext(context -> context.put(STAFF, staff)).build());
        return chain.next(request);
    }
}

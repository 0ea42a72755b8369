package io.policygraph.api;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import io.policygraph.PolicyGraphProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.TimeoutWebGraphQlInterceptor;

/**
 * Bounds on what one request may cost, so a hostile or careless query is refused early instead of
 * slowing everyone: nesting depth and field count are checked before execution, and a request that
 * still runs too long is abandoned.
 */
@Configuration(proxyBeanMethods = false)
class RequestLimits {

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(PolicyGraphProperties properties) {
        return new MaxQueryDepthInstrumentation(properties.api().maxDepth());
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity(PolicyGraphProperties properties) {
        return new MaxQueryComplexityInstrumentation(properties.api().maxComplexity());
    }

    @Bean
    TimeoutWebGraphQlInterceptor requestTimeout(PolicyGraphProperties properties) {
        return new TimeoutWebGraphQlInterceptor(properties.api().requestTimeout());
    }
}

package io.policygraph.api;

import graphql.schema.GraphQLObjectType;
import io.micrometer.observation.ObservationPredicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.observation.DataFetcherObservationContext;

/**
 * Times the root fields of a request, not the fields inside their answers. A root field's one statement
 * returns every nested field already (FoldedFields), so timing each of an answer's hundreds of nested
 * fields measured map lookups and cost more than the lookups themselves; the request and its root fields
 * stay in {@code /actuator/metrics} as {@code graphql.request} and {@code graphql.datafetcher}.
 */
@Configuration(proxyBeanMethods = false)
class FieldObservations {

    @Bean
    ObservationPredicate rootFieldsOnly() {
        return (name, context) -> !(context instanceof DataFetcherObservationContext field)
                || field.getEnvironment().getParentType() instanceof GraphQLObjectType type
                && (type.getName().equals("Query") || type.getName().equals("Mutation"));
    }
}

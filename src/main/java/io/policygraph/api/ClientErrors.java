package io.policygraph.api;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import io.policygraph.graph.ForeignPositionException;
import io.policygraph.search.InvalidSearchQueryException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Errors a client can fix keep their message; everything else is left to Spring for GraphQL's
 * default, which answers INTERNAL_ERROR with an id and no detail, so neither a stack trace nor a
 * Cypher text reaches a client.
 */
@Component
class ClientErrors extends DataFetcherExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof BadRequestException || ex instanceof InvalidSearchQueryException) {
            return GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST).message(ex.getMessage()).build();
        }
        if (ex instanceof ForeignPositionException) {
            return GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST)
                    .message("after is not a cursor of this list: " + ex.getMessage()).build();
        }
        if (ex instanceof ForbiddenException) {
            return GraphqlErrorBuilder.newError(env).errorType(ErrorType.FORBIDDEN).message(ex.getMessage()).build();
        }
        return null;
    }
}

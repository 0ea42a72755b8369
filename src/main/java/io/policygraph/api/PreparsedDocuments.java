package io.policygraph.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Parses and validates each distinct request text once: an explorer sends the same few documents with
 * other variables again and again, and parsing plus validating is a tenth of a warm request's work. Only
 * valid documents are kept (a stream of distinct invalid texts cannot fill the cache), at most
 * {@value #MAX_DOCUMENTS}. The depth and complexity limits are checked when an operation starts, so a cached
 * document is checked like a new one.
 */
@Component
class PreparsedDocuments implements PreparsedDocumentProvider, GraphQlSourceBuilderCustomizer {

    static final int MAX_DOCUMENTS = 1_000;

    private final Cache<String, PreparsedDocumentEntry> valid = Caffeine.newBuilder().maximumSize(MAX_DOCUMENTS).build();

    @Override
    public void customize(GraphQlSource.SchemaResourceBuilder builder) {
        builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        var cached = valid.getIfPresent(input.getQuery());
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        var entry = parseAndValidate.apply(input);
        if (!entry.hasErrors()) {
            valid.put(input.getQuery(), entry);
        }
        return CompletableFuture.completedFuture(entry);
    }

    /** How many documents are kept (for tests). */
    long size() {
        valid.cleanUp();
        return valid.estimatedSize();
    }
}

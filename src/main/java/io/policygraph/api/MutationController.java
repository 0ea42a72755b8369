package io.policygraph.api;

import graphql.GraphQLContext;
import io.policygraph.graph.DocumentGraph;
import io.policygraph.graph.DocumentNode;
import io.policygraph.ingest.IngestResult;
import io.policygraph.ingest.IngestService;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Staff mutations; each checks the API key first. */
@Controller
class MutationController {

    private final IngestService ingest;
    private final DocumentGraph documents;

    MutationController(IngestService ingest, DocumentGraph documents) {
        this.ingest = ingest;
        this.documents = documents;
    }

    @MutationMapping
    IngestResult ingestDocument(@Argument String fileName, @Argument String text, GraphQLContext context) {
        requireStaff(context);
        var baseName = Path.of(fileName).getFileName();
        if (fileName.isBlank() || baseName == null || !baseName.toString().equals(fileName)) {
            throw new BadRequestException("fileName must be a plain file name such as plan.txt, was: " + fileName);
        }
        return ingest.ingest(fileName, text.getBytes(StandardCharsets.UTF_8));
    }

    @MutationMapping
    boolean deleteDocument(@Argument String id, GraphQLContext context) {
        requireStaff(context);
        var key = GlobalId.keyOf(id, DocumentNode.TYPE)
                .orElseThrow(() -> new BadRequestException("not a document id: " + id));
        return ingest.delete(key);
    }

    @SchemaMapping(typeName = "IngestResult")
    DocumentNode document(IngestResult result) {
        return result.documentId() == null ? null : documents.byIds(List.of(result.documentId())).get(result.documentId());
    }

    private static void requireStaff(GraphQLContext context) {
        if (!Boolean.TRUE.equals(context.get(ApiKeyInterceptor.STAFF))) {
            throw new ForbiddenException("mutations need the header 'Authorization: Bearer <api key>' "
                    + "with the key configured as policygraph.api-key");
        }
    }
}

package io.policygraph.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.nio.charset.StandardCharsets;

/**
 * The explorer's download links: a document's 任务分解表 as a file. GraphQL answers JSON, and a
 * browser saves a spreadsheet from a plain link, so these two GETs are the only non-GraphQL reads.
 */
@RestController
class TaskTableController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final TaskTableQuery query;

    TaskTableController(TaskTableQuery query) {
        this.query = query;
    }

    @GetMapping("/export/documents/{id}/tasks.csv")
    ResponseEntity<StreamingResponseBody> csv(@PathVariable String id) {
        return query.load(id)
                .map(table -> file(table, "csv", CSV, out -> TaskTableWriters.csv(table, out)))
                .orElseGet(TaskTableController::notFound);
    }

    @GetMapping("/export/documents/{id}/tasks.xlsx")
    ResponseEntity<StreamingResponseBody> xlsx(@PathVariable String id) {
        return query.load(id)
                .map(table -> file(table, "xlsx", XLSX, out -> TaskTableWriters.xlsx(table, out)))
                .orElseGet(TaskTableController::notFound);
    }

    private static ResponseEntity<StreamingResponseBody> file(TaskTable table, String extension, MediaType type,
                                                              StreamingResponseBody body) {
        var disposition = ContentDisposition.attachment()
                .filename(table.downloadName(extension), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(body);
    }

    private static ResponseEntity<StreamingResponseBody> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                .body(out -> out.write("no document has this id\n".getBytes(StandardCharsets.UTF_8)));
    }
}

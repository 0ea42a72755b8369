package io.policygraph.ingest;

/**
 * What happened to one file: it landed (created, replaced, or unchanged because its content hash
 * matched), or it failed with a reason a person can act on. {@code fileName} is the document's id:
 * the file's path relative to the folder it was ingested from (its base name for a file directly in
 * it, or named on its own, or sent through the API).
 */
public record IngestResult(String fileName, Status status, String reason, int taskCount, int targetCount,
                           int departmentCount) {

    public enum Status { CREATED, REPLACED, UNCHANGED, FAILED }

    static IngestResult failed(String fileName, String reason) {
        return new IngestResult(fileName, Status.FAILED, reason, 0, 0, 0);
    }

    public boolean landed() {
        return status != Status.FAILED;
    }

    /** The stored document's id, or null when nothing was stored. */
    public String documentId() {
        return landed() ? fileName : null;
    }

    /**
     * One line for a terminal: "ok  file  created: 12 tasks, 3 targets, 9 departments"; a file whose
     * document was stored before with other content says so ("replaced an earlier version").
     */
    public String line() {
        return landed()
                ? "ok      %s  %s: %d tasks, %d targets, %d departments".formatted(fileName,
                status == Status.REPLACED ? "replaced an earlier version" : status.name().toLowerCase(),
                taskCount, targetCount, departmentCount)
                : "failed  %s  %s".formatted(fileName, reason);
    }
}

package io.policygraph.ingest;

/**
 * What happened to one file: it landed (created, replaced, or unchanged because its content hash
 * matched), or it failed with a reason a person can act on.
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

    /** The stored document's id (its file name), or null when nothing was stored. */
    public String documentId() {
        return landed() ? fileName : null;
    }

    /** One line for a terminal: "ok  file  created  12 tasks, 3 targets, 9 departments". */
    public String line() {
        return landed()
                ? "ok      %s  %s: %d tasks, %d targets, %d departments".formatted(
                fileName, status.name().toLowerCase(), taskCount, targetCount, departmentCount)
                : "failed  %s  %s".formatted(fileName, reason);
    }
}

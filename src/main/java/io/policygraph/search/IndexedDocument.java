package io.policygraph.search;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A document as the search index takes it: its normalised text and the spans of its tasks and targets, so each
 * clause can link to the commitment it belongs to. A county's document has its county as {@code city} and the
 * county's city as {@code parentCity}, so a search restricted to the city finds it too.
 */
public record IndexedDocument(String documentId, String title, String city, String text, List<OwnedSpan> tasks,
                              List<OwnedSpan> targets, String parentCity) {

    /** A document of a city (or of no place), without a title. */
    public IndexedDocument(String documentId, String city, String text, List<OwnedSpan> tasks, List<OwnedSpan> targets) {
        this(documentId, null, city, text, tasks, targets, null);
    }

    public IndexedDocument {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(text, "text");
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /** The task whose span contains the clause; the innermost one when tasks nest (a sub-task inside a task). */
    Optional<OwnedSpan> taskOf(Clause clause) {
        return tasks.stream()
                .filter(task -> task.contains(clause.start(), clause.end()))
                .min(Comparator.comparingInt(OwnedSpan::length));
    }

    /** The target that shares the most characters with the clause. */
    Optional<String> targetOf(Clause clause) {
        return targets.stream()
                .filter(target -> target.overlap(clause.start(), clause.end()) > 0)
                .max(Comparator.comparingInt(target -> target.overlap(clause.start(), clause.end())))
                .map(OwnedSpan::id);
    }
}

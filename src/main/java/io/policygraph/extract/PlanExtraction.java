package io.policygraph.extract;

import java.util.List;

/**
 * Everything one plan states, as extracted from its normalised text, and the audit's warnings about
 * what looked like a fact but was not read. Immutable; every offset refers to {@link #text()}.
 */
public record PlanExtraction(
        String fileName,
        String text,
        DocumentFacts facts,
        List<Department> departments,
        List<Task> tasks,
        List<Target> targets,
        List<Project> projects,
        List<ExtractionWarning> warnings) {

    public PlanExtraction {
        departments = List.copyOf(departments);
        tasks = List.copyOf(tasks);
        targets = List.copyOf(targets);
        projects = List.copyOf(projects);
        warnings = List.copyOf(warnings);
    }

    /** An extraction not audited (yet). */
    public PlanExtraction(String fileName, String text, DocumentFacts facts, List<Department> departments,
                          List<Task> tasks, List<Target> targets, List<Project> projects) {
        this(fileName, text, facts, departments, tasks, targets, projects, List.of());
    }

    public PlanExtraction withWarnings(List<ExtractionWarning> found) {
        return new PlanExtraction(fileName, text, facts, departments, tasks, targets, projects, found);
    }
}

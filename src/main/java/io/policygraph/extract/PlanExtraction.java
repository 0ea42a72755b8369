package io.policygraph.extract;

import java.util.List;

/**
 * Everything one plan states, as extracted from its normalised text. Immutable; every offset
 * refers to {@link #text()}.
 */
public record PlanExtraction(
        String fileName,
        String text,
        DocumentFacts facts,
        List<Department> departments,
        List<Task> tasks,
        List<Target> targets,
        List<Project> projects) {

    public PlanExtraction {
        departments = List.copyOf(departments);
        tasks = List.copyOf(tasks);
        targets = List.copyOf(targets);
        projects = List.copyOf(projects);
    }
}

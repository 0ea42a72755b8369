package io.policygraph.extract;

import java.util.List;

/** A named project; {@code taskNumbers} are the tasks that name it. */
public record Project(String name, Amount investment, ProjectStatus status, List<String> taskNumbers) {

    public Project {
        taskNumbers = List.copyOf(taskNumbers);
    }
}

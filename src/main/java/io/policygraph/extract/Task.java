package io.policygraph.extract;

import java.util.List;

/**
 * A numbered work item. {@code number} is the numbering path as printed ("二.(三)", "p1" for
 * unnumbered items); departments are referenced by canonical name; [start, end) is the task's
 * stretch of the normalised text.
 */
public record Task(
        String number,
        String title,
        String text,
        int start,
        int end,
        List<String> leads,
        List<String> responsible,
        List<String> supports,
        Deadline deadline,
        List<String> projects) {

    public Task {
        leads = List.copyOf(leads);
        responsible = List.copyOf(responsible);
        supports = List.copyOf(supports);
        projects = List.copyOf(projects);
    }
}

package io.policygraph.graph;

import java.time.LocalDate;

/**
 * A plan as stored; {@code key} is its file name. Its text is not part of it: lists and links
 * carry only the facts, and the text is loaded when a query asks for it.
 */
public record DocumentNode(String key, String fileName, String title, String kind, String cityName, String province,
                           String docNumber, LocalDate issued, LocalDate periodStart, LocalDate periodEnd,
                           Integer planYear, String level) implements GraphNode {
    public static final String TYPE = "Document";
}

package io.policygraph.graph;

/** A named project of a city. */
public record ProjectNode(String key, String name, String cityName, AmountView investment, String status)
        implements GraphNode {
    public static final String TYPE = "Project";

    /** A quantity as written, with yuan when it is money. */
    public record AmountView(double value, String unit, String comparator, Double yuan) {
    }
}

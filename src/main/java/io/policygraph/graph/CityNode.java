package io.policygraph.graph;

/** A city, named in full ("忻州市"). */
public record CityNode(String name, String province) implements GraphNode {
    public static final String TYPE = "City";

    @Override
    public String key() {
        return name;
    }
}

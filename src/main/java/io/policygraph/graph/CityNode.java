package io.policygraph.graph;

/**
 * A place plans are issued for, named in full: a city ("忻州市", level CITY) or a county-level place
 * ("鞍山市立山区", "平遥县", level COUNTY) whose {@code parent} is its city.
 */
public record CityNode(String name, String province, String level, String parent) implements GraphNode {
    public static final String TYPE = "City";

    @Override
    public String key() {
        return name;
    }
}

package io.policygraph.graph;

/** Anything the API can address by a global id. */
public interface GraphNode {
    String id();
}

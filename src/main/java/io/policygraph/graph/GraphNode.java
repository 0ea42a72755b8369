package io.policygraph.graph;

/** Anything the API can address: its business key (file name, canonical name, stored id). */
public interface GraphNode {
    String key();
}

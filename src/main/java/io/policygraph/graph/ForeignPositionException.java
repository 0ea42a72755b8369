package io.policygraph.graph;

/** A page was asked to start after a position that is not one of this list's (another list's cursor). */
public class ForeignPositionException extends IllegalArgumentException {

    ForeignPositionException(String message) {
        super(message);
    }
}

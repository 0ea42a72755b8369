package io.policygraph.api;

/** The request needs a permission it does not carry; the message says which. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}

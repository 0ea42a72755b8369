package io.policygraph.api;

/** A request the client can fix; its message is shown to the client as it is. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}

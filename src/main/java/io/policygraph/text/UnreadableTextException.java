package io.policygraph.text;

/** The bytes of a file cannot be read as Chinese text; the message says why, for a person. */
public final class UnreadableTextException extends RuntimeException {

    public UnreadableTextException(String message) {
        super(message);
    }
}

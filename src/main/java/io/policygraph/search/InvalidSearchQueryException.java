package io.policygraph.search;

/** A query the user has to fix; the message says what is wrong in words a user understands. */
public final class InvalidSearchQueryException extends RuntimeException {

    public InvalidSearchQueryException(String message) {
        super(message);
    }
}

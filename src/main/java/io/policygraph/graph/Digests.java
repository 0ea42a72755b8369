package io.policygraph.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in hex: of a file's content (to tell an unchanged re-ingest) and of long keys (to keep them indexable). */
public final class Digests {

    private Digests() {
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** A short key for a value that may be long: the first 128 bits of its SHA-256. */
    static String key(String value) {
        return sha256(value.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }
}

package io.policygraph.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Relay global ids: the node's type and business key, base64url-encoded, so {@code node(id)} can
 * tell which type to load without a lookup table.
 */
public record GlobalId(String type, String key) {

    public String encoded() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    public static String of(String type, String key) {
        return new GlobalId(type, key).encoded();
    }

    /** Empty when the id is not one this service issued. */
    public static Optional<GlobalId> decode(String id) {
        try {
            var raw = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            return colon > 0 ? Optional.of(new GlobalId(raw.substring(0, colon), raw.substring(colon + 1)))
                    : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /** The key of an id of the given type, or empty. */
    public static Optional<String> keyOf(String id, String type) {
        return decode(id).filter(g -> g.type().equals(type)).map(GlobalId::key);
    }
}

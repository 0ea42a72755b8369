package io.policygraph.graph;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a client asked to see of one kind of object, in graph terms: the plain fields, and the linked
 * objects (with their arguments and their own selection). A read compiles it into the projection of
 * its one statement, so every object comes back carrying exactly what was asked for.
 *
 * @param fields plain fields by name (unknown names are ignored: they are computed by the caller)
 * @param links  linked objects, each under the key the caller reads it back with
 */
public record Selection(Set<String> fields, List<Link> links) {

    /** A linked object or list: {@code field} of the parent type, answered under {@code key}. */
    public record Link(String key, String field, Map<String, Object> arguments, Selection selection) {
    }

    /** Nothing but the key: what a read returns when the caller wants only identities. */
    public static final Selection KEYS = new Selection(Set.of(), List.of());

    /** The key of a folded link in a returned map; distinct from every plain field name. */
    public static String linkKey(String key) {
        return "~" + key;
    }
}

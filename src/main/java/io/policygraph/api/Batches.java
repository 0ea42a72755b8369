package io.policygraph.api;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Turns a graph lookup by key into the source-keyed map a @BatchMapping returns. */
final class Batches {

    private Batches() {
    }

    /** For list fields: a source with nothing found gets an empty list, never null. */
    static <S, K, V> Map<S, List<V>> byKey(List<S> sources, Function<S, K> key,
                                           Function<Collection<K>, Map<K, List<V>>> lookup) {
        var found = lookup.apply(sources.stream().map(key).distinct().toList());
        var result = new LinkedHashMap<S, List<V>>();
        sources.forEach(s -> result.put(s, found.getOrDefault(key.apply(s), List.of())));
        return result;
    }

    /** For single-valued fields: a source with nothing found is absent (null in the response). */
    static <S, K, V> Map<S, V> oneByKey(List<S> sources, Function<S, K> key,
                                        Function<Collection<K>, Map<K, V>> lookup) {
        var found = lookup.apply(sources.stream().map(key).distinct().toList());
        var result = new LinkedHashMap<S, V>();
        sources.forEach(s -> {
            var value = found.get(key.apply(s));
            if (value != null) {
                result.put(s, value);
            }
        });
        return result;
    }
}

package io.policygraph.extract;

/**
 * An administrative division from the gazetteer. {@code name} is the full official name
 * ("晋城市", "霍州市"); {@code prefecture} is the prefecture-level division it belongs to, which is
 * the place itself for a {@link PlaceKind#PREFECTURE} and null for a {@link PlaceKind#PROVINCE}.
 */
public record Place(String name, String province, PlaceKind kind, String prefecture) {
}

package io.policygraph.extract;

/** Administrative level of a {@link Place}: prefecture-level (incl. municipalities) or county-level. */
public enum PlaceKind { PREFECTURE, COUNTY }

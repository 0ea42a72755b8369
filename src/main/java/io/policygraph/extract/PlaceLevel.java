package io.policygraph.extract;

/** The level of government a plan is issued for. */
public enum PlaceLevel { NATIONAL, PROVINCE, CITY, COUNTY }

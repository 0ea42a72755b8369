package io.policygraph.extract;

public enum DeadlineKind { DATE, MONTH, QUARTER, YEAR, RECURRING, ONGOING, ASAP, NONE }

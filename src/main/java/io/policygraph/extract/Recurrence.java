package io.policygraph.extract;

public enum Recurrence { WEEKLY, MONTHLY, QUARTERLY }

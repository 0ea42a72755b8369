package io.policygraph.extract;

public enum ProjectStatus { NEW, CONTINUING, COMPLETED, PLANNED }

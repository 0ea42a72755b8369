package io.policygraph.extract;

public enum Comparator { AT_LEAST, EXACTLY, AT_MOST, ABOUT }

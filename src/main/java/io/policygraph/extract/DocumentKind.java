package io.policygraph.extract;

public enum DocumentKind { ACTION_PLAN, WORK_PLAN, NEWS_REPORT, OTHER }

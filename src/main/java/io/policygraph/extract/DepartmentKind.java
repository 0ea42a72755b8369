package io.policygraph.extract;

public enum DepartmentKind { DEPARTMENT, COUNTY_GOVERNMENT, DEVELOPMENT_ZONE, ENTERPRISE, PARTY_COMMITTEE, OTHER }

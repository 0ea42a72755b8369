// Every GraphQL query the explorer sends. This file is the reference for frontend developers:
// each view imports its queries from here and posts them to /graphql with variables.

export const CITIES = `query Cities { cities { id name province } }`;

export const DOCUMENT_LIST = `query DocumentList($cities: [String!]) {
  documents(filter: {cities: $cities}, first: 100) {
    edges { node { id title fileName kind city { name } planYear issued } }
  }
}`;

export const SEARCH = `query Search($query: String!, $cities: [String!], $documentIds: [ID!], $after: String) {
  search(query: $query, filter: {cities: $cities, documentIds: $documentIds}, first: 20, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      score snippet
      source { start end }
      document { id title fileName city { name } }
      task { id number title }
      target { metric value unit }
    } }
  }
}`;

export const DOCUMENT = `query Document($id: ID!) {
  node(id: $id) {
    ... on Document {
      id title fileName kind province docNumber issued periodStart periodEnd planYear
      city { name }
      text
      tasks {
        id number title
        leads { id name } responsible { id name } supports { id name }
        deadline { text kind date }
        source { start end }
      }
      targets { id metric value unit comparator period scope source { start end } }
      projects { id name status investment { value unit } }
      extractionWarnings { kind message source { start end } }
    }
  }
}`;

export const LEADS_DUE = `query LeadsDue($cities: [String!], $due: DueFilter!) {
  departments(filter: {cities: $cities, leadsTasksDue: $due}, first: 100) {
    totalCount
    edges { node {
      id name type city { name }
      tasks(role: LEAD, due: $due) {
        id number title deadline { text date } document { id title }
        source { start end }
      }
    } }
  }
  # one bucket per city, quarter and leading department: the chart counts the same task-lead pairs as the list
  taskStats(groupBy: [CITY, DUE_YEAR, DUE_QUARTER, LEAD_DEPARTMENT], filter: {cities: $cities, due: $due}) { keys count }
}`;

export const TARGET_METRICS = `query TargetMetrics { targetStats(groupBy: [METRIC, UNIT]) { keys count } }`;

export const METRIC_KEYS = `query MetricKeys { targetStats(groupBy: [METRIC_KEY, QUANTITY_UNIT]) { keys count } }`;

// one row per city and period of one statistical indicator, its number normalised (yuan, percent …)
export const COMPARE_BY_KEY = `query CompareByKey($metric: String!, $cities: [String!]) {
  compareTargets(metric: $metric, cities: $cities) {
    city { name } period metric value unit comparator
    target { id scope document { id title } }
    source { start end }
    others { id }
  }
}`;

export const COMPARE_TARGETS = `query CompareTargets($metric: String, $unit: String, $cities: [String!]) {
  targets(filter: {metric: $metric, unit: $unit, cities: $cities}, first: 100) {
    totalCount
    edges { node {
      id metric value unit comparator period scope
      document { id title city { name } planYear }
      source { start end }
    } }
  }
}`;

export const TASKS_BY_QUARTER = `query TasksByQuarter($cities: [String!]) {
  taskStats(groupBy: [CITY, DUE_YEAR, DUE_QUARTER], filter: {cities: $cities}) { keys count }
}`;

export const DEPARTMENT_LIST = `query DepartmentList($cities: [String!]) {
  departments(filter: {cities: $cities}, first: 100) {
    totalCount
    edges { node { id name type kind city { name } } }
  }
}`;

export const DEPARTMENT = `query Department($id: ID!) {
  node(id: $id) {
    ... on Department {
      id name type kind aliases city { name }
      lead: tasks(role: LEAD) { ...DepartmentTask }
      responsible: tasks(role: RESPONSIBLE) { ...DepartmentTask }
      support: tasks(role: SUPPORT) { ...DepartmentTask }
    }
  }
}
fragment DepartmentTask on Task {
  id number title deadline { text date kind } document { id title } source { start end }
}`;

export const SAME_TYPE = `query SameType($type: String!) {
  departments(filter: {type: $type}, first: 100) {
    edges { node {
      id name city { name }
      lead: tasks(role: LEAD) { id }
      responsible: tasks(role: RESPONSIBLE) { id }
      support: tasks(role: SUPPORT) { id }
    } }
  }
}`;

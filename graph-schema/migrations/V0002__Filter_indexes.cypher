// Indexes on the paths the GraphQL filters and sort orders take.
CREATE INDEX deadline_quarter IF NOT EXISTS FOR (n:Deadline) ON (n.quarter, n.year);
CREATE INDEX deadline_date IF NOT EXISTS FOR (n:Deadline) ON (n.date);
CREATE INDEX department_type IF NOT EXISTS FOR (n:Department) ON (n.type);
CREATE INDEX department_kind IF NOT EXISTS FOR (n:Department) ON (n.kind);
CREATE INDEX document_plan_year IF NOT EXISTS FOR (n:Document) ON (n.planYear);
CREATE INDEX task_order IF NOT EXISTS FOR (n:Task) ON (n.sortKey);
CREATE INDEX target_metric IF NOT EXISTS FOR (n:Target) ON (n.metric);
CREATE INDEX project_name IF NOT EXISTS FOR (n:Project) ON (n.name);

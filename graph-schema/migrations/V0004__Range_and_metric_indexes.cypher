// Deadline ranges (earliest, latest, precision) answer "due by", "overlaps" and "past deadline as of";
// a target's metric key groups the names of one indicator for compareTargets.
CREATE INDEX deadline_latest IF NOT EXISTS FOR (n:Deadline) ON (n.latest);
CREATE INDEX target_metric_key IF NOT EXISTS FOR (n:Target) ON (n.metricKey);

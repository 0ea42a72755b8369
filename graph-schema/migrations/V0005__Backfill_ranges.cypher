// Stores written before V0004 have no ranges or normalised quantities. Fill in what the stored fields
// alone decide: the range a deadline's kind implies (re-ingesting a changed file reads the wording and
// spans too), and money in yuan. Metric keys need the data file, so older targets get them on re-ingest.
MATCH (d:Deadline) WHERE d.precision IS NULL AND d.date IS NOT NULL
SET d.latest = d.date,
    d.earliest = CASE d.kind
        WHEN 'MONTH' THEN date.truncate('month', d.date)
        WHEN 'QUARTER' THEN date.truncate('quarter', d.date)
        WHEN 'YEAR' THEN date.truncate('year', d.date)
        ELSE d.date END,
    d.precision = CASE d.kind WHEN 'MONTH' THEN 'MONTH' WHEN 'QUARTER' THEN 'QUARTER' WHEN 'YEAR' THEN 'YEAR' ELSE 'DAY' END;
MATCH (d:Deadline) WHERE d.precision IS NULL AND d.kind IN ['ONGOING', 'RECURRING', 'ASAP']
SET d.precision = 'OPEN';
MATCH (g:Target) WHERE g.quantityUnit IS NULL AND g.yuan IS NOT NULL
SET g.quantity = g.yuan, g.quantityUnit = 'YUAN';
MATCH (g:Target) WHERE g.quantityUnit IS NULL AND g.unit = '%'
SET g.quantity = g.value, g.quantityUnit = 'PERCENT';

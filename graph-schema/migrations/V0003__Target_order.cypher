// Target lists are read in document order; an index on the sort key lets a page stop early.
CREATE INDEX target_order IF NOT EXISTS FOR (n:Target) ON (n.sortKey);

// The sequence starts at the documents already stored, so an index that follows the log from 0
// indexes each of them once. logId names this log: an index that followed another database's log
// (a store swapped under it) sees a different id and rebuilds instead of trusting its position.
MERGE (s:ChangeSequence {id: 'documents'}) ON CREATE SET s.value = 0, s.logId = randomUUID();
MATCH (d:Document) WHERE NOT EXISTS { MATCH (c:DocumentChange {id: d.id}) }
WITH d ORDER BY d.id
WITH collect(d.id) AS ids
MATCH (s:ChangeSequence {id: 'documents'})
UNWIND range(0, size(ids) - 1) AS i
CREATE (:DocumentChange {id: ids[i], seq: s.value + i + 1})
WITH s, count(*) AS added
SET s.value = s.value + added;
MATCH (d:Document) WHERE d.indexedHash IS NOT NULL REMOVE d.indexedHash;

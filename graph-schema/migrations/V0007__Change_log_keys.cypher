// The change log that every instance's search index follows (graph/DocumentChanges): one entry per
// document id, carrying the sequence number of the last write or delete of that document.
CREATE CONSTRAINT document_change_id IF NOT EXISTS FOR (n:DocumentChange) REQUIRE n.id IS UNIQUE;
CREATE INDEX document_change_seq IF NOT EXISTS FOR (n:DocumentChange) ON (n.seq);
CREATE CONSTRAINT change_sequence_id IF NOT EXISTS FOR (n:ChangeSequence) REQUIRE n.id IS UNIQUE;

#!/usr/bin/env bash
# kill -9 during an ingest, restart, ingest again: the store must end exactly as one clean ingest
# leaves it (same count of every label and relationship, every document indexed, graph and search
# index in agreement).
#
#   scripts/crash-recovery.sh [DOCS=1000] [KILL_AFTER_SECONDS=20]
set -euo pipefail
cd "$(dirname "$0")/.."
docs=${1:-1000}
kill_after=${2:-20}
jar=${JAR:-target/policy-graph.jar}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

java -jar "$jar" generate --docs "$docs" --out "$work/corpus" --seed 7

echo "== clean ingest"
java -jar "$jar" ingest --policygraph.data-dir="$work/clean" --policygraph.neo4j.bolt-port=0 "$work/corpus" | tail -1
java -jar "$jar" check --policygraph.data-dir="$work/clean" --policygraph.neo4j.bolt-port=0 > "$work/clean.txt"

echo "== ingest killed with -9 after ${kill_after}s"
java -jar "$jar" ingest --policygraph.data-dir="$work/crashed" --policygraph.neo4j.bolt-port=0 "$work/corpus" > /dev/null &
pid=$!
sleep "$kill_after"
kill -9 "$pid" 2>/dev/null && echo "killed $pid" || echo "ingest had already finished"
wait "$pid" 2>/dev/null || true

echo "== restart and ingest the same files again"
java -jar "$jar" ingest --policygraph.data-dir="$work/crashed" --policygraph.neo4j.bolt-port=0 "$work/corpus" | tail -1
java -jar "$jar" check --policygraph.data-dir="$work/crashed" --policygraph.neo4j.bolt-port=0 > "$work/crashed.txt"

cat "$work/crashed.txt"
if diff -u "$work/clean.txt" "$work/crashed.txt"; then
  echo "PASS: the crashed store equals the clean one"
else
  echo "FAIL: the stores differ"
  exit 1
fi

#!/bin/sh
# Offline extraction loop: compile, extract every file of a corpus folder, score it against the answer keys.
#   tools/offline_loop.sh [corpus folder] [gold folder]
set -e
cd "$(dirname "$0")/.."
corpus=${1:-ingest/corpus}
gold=${2:-/work/shared/gold/seeds}
mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/extract-cp.txt
java -cp "target/classes:target/test-classes:$(cat target/extract-cp.txt)" io.policygraph.extract.ExtractionDump "$corpus" target/extraction-dump.json
python3 tools/offline_score.py target/extraction-dump.json --gold "$gold"

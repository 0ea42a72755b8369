#!/bin/sh
# Times the headline question and a 100-task page three ways on one store of generated plans:
# PolicyGraph's GraphQL API, @neo4j/graphql (the peer in ../shared/peer) and the hand-written Cypher.
# The peer's files are copied to a scratch folder and its packages installed there: nothing of it
# lands in this repository. Needs java, node/npm and python3; run on an idle machine for figures.
#
#   scripts/peer-compare.sh [DOCS] [REQUESTS]      # defaults: 1000 plans, 300 requests per series
#
# Environment: PEER (default ../shared/peer), WORK (scratch, default a new temp folder, kept so a
# second run reuses its store and node_modules), JAR (default target/policy-graph.jar).
set -eu
DOCS=${1:-1000}
REQUESTS=${2:-300}
HERE=$(cd "$(dirname "$0")/.." && pwd)
PEER=${PEER:-$HERE/../shared/peer}
JAR=${JAR:-$HERE/target/policy-graph.jar}
WORK=${WORK:-$(mktemp -d /tmp/policygraph-peer.XXXXXX)}
BOLT_PORT=${BOLT_PORT:-7699}
HTTP_PORT=${HTTP_PORT:-8099}
PEER_PORT=${PEER_PORT:-4099}
echo "work folder: $WORK"
mkdir -p "$WORK/peer"
cp "$PEER"/package.json "$PEER"/server.mjs "$PEER"/cypher.mjs "$PEER"/compare.py "$WORK/peer/"
[ -d "$WORK/peer/node_modules" ] || (cd "$WORK/peer" && npm install --no-audit --no-fund)

if [ ! -d "$WORK/store-$DOCS/neo4j" ]; then
  java -jar "$JAR" generate --docs "$DOCS" --out "$WORK/plans-$DOCS"
  java -jar "$JAR" ingest --policygraph.data-dir="$WORK/store-$DOCS" "$WORK/plans-$DOCS" | tail -1
fi

java -jar "$JAR" --policygraph.data-dir="$WORK/store-$DOCS" --policygraph.neo4j.bolt-port="$BOLT_PORT" \
    --server.port="$HTTP_PORT" --policygraph.ingest-on-start=false > "$WORK/policygraph.log" 2>&1 &
PG=$!
PEER_PID=
trap 'kill $PG ${PEER_PID:-} 2>/dev/null || true' EXIT INT TERM
until curl -sf "http://127.0.0.1:$HTTP_PORT/actuator/health/readiness" > /dev/null; do
  kill -0 $PG 2>/dev/null || { echo "PolicyGraph did not start; see $WORK/policygraph.log"; exit 1; }
  sleep 2
done
(cd "$WORK/peer" && BOLT="bolt://127.0.0.1:$BOLT_PORT" PORT="$PEER_PORT" exec node server.mjs > "$WORK/peer.log" 2>&1) &
PEER_PID=$!
until grep -q "peer ready" "$WORK/peer.log" 2>/dev/null; do sleep 1; done

cd "$WORK/peer"
python3 compare.py "http://127.0.0.1:$HTTP_PORT/graphql" "http://127.0.0.1:$PEER_PORT/" "$REQUESTS"
BOLT="bolt://127.0.0.1:$BOLT_PORT" node cypher.mjs

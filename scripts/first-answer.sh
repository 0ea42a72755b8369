#!/usr/bin/env bash
# Time from `java -jar` to the first GraphQL answer over the seed corpus, and the resident memory then.
#
#   scripts/first-answer.sh [JAVA_OPTION...]      e.g. scripts/first-answer.sh -Xmx256m
#
# Builds nothing: runs target/policy-graph.jar (or $JAR) from the repository root on a fresh data
# folder, on free ports, as a user's first start does (the plans in ingest/corpus are ingested).
# Polls `documents { totalCount }` until it counts every seed plan (an answer before the ingest has
# finished is not an answer over the seeds), then prints the seconds since the JVM was launched and
# the CPU seconds the JVM used until then, its VmRSS from /proc then and ten seconds later, and VmHWM (the peak), and stops the service. Exit code 1 if no answer came
# within $TIMEOUT seconds (default 120).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${JAR:-target/policy-graph.jar}
timeout=${TIMEOUT:-120}
[ -f "$jar" ] || { echo "no $jar: build it first (mvn -B -DskipTests package)" >&2; exit 2; }
seeds=$(find ingest/corpus -maxdepth 1 -name '*.txt' | wc -l)

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
port=$(free_port)
work=$(mktemp -d)
log="$work/service.log"
pid=
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

start=$(date +%s.%N)
java "$@" -jar "$jar" --server.port="$port" --policygraph.data-dir="$work/data" \
  --policygraph.neo4j.bolt-port=0 > "$log" 2>&1 &
pid=$!

query='{"query":"{ documents { totalCount } }"}'
answer=
while :; do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "the service exited before answering; its log:" >&2
    tail -40 "$log" >&2
    exit 1
  fi
  body=$(curl -s -m 2 -H 'Content-Type: application/json' -d "$query" "http://127.0.0.1:$port/graphql" || true)
  count=$(sed -n 's/.*"totalCount":\([0-9]*\).*/\1/p' <<<"$body")
  if [ -n "$count" ] && [ "$count" -ge "$seeds" ]; then
    answer=$(date +%s.%N)
    break
  fi
  if (( $(date +%s) - ${start%.*} > timeout )); then
    echo "no answer over the $seeds seed plans within ${timeout}s; last reply: ${body:-none}" >&2
    tail -20 "$log" >&2
    exit 1
  fi
  sleep 0.1
done

rss_kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status")
cpu_ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat")
printf 'first_answer_s=%.1f\n' "$(echo "$answer - $start" | bc -l)"
# CPU seconds of the JVM (all its threads) until then: on a busy machine a steadier figure than the seconds.
printf 'cpu_s=%.1f\n' "$(echo "$cpu_ticks / $(getconf CLK_TCK)" | bc -l)"
echo "documents=$count"
echo "rss_mb=$((rss_kb / 1024))"
# Ten seconds on, once what start-up left behind is collected and the service is idle.
sleep 10
settled_kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status")
hwm_kb=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status")
echo "rss_after_10s_mb=$((settled_kb / 1024))"
echo "rss_peak_mb=$((hwm_kb / 1024))"
echo "java_options=${*:-none}"
echo "load_average=$(cut -d' ' -f1-3 /proc/loadavg)"

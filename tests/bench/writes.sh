#!/usr/bin/env bash
# Benchmark: writes. MEMBERS members comment at once on one article through the site's
# own form, so the whole path is measured (session, CSRF, rate limit, screening, Markdown,
# search index, notifications, webhook outbox, site version), with CONNECTIONS concurrent
# writers for SECONDS. Then the same load again, with the server killed (kill -9) half-way
# through and started again: every comment it acknowledged (303) must be in the database,
# and on SQLite the integrity check must pass. Release build, loopback only.
#
#   tests/bench/writes.sh [sqlite|postgres] [SECONDS] [CONNECTIONS] [MEMBERS]
set -u
backend="${1:-sqlite}"
duration="${2:-10}"
connections="${3:-16}"
members="${4:-400}"
if [ "$backend" = postgres ]; then
  admin_url="${PARLOUR_TEST_POSTGRES:-postgres://postgres@127.0.0.1:54329}"
  psql "$admin_url/postgres" -qc "DROP DATABASE IF EXISTS parlour_bench_writes" \
    -c "CREATE DATABASE parlour_bench_writes" >/dev/null || exit 1
  export DATABASE_URL="$admin_url/parlour_bench_writes"
fi
source "$(dirname "$0")/common.sh" wrk curl sqlite3 psql
add_writers "$members" "$base" "/blog/how-a-shirt-should-fit-the-five-point-check"
article="/blog/how-a-shirt-should-fit-the-five-point-check"
write_script 1 "$article/comments" "$article"

comments() { sql "SELECT COUNT(*) FROM replies WHERE body_md LIKE 'A comment from the benchmark%'"; }

echo "backend: $backend; $members members; wrk -t2 -c$connections -d${duration}s"
out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$data/load.lua" "$base")
acknowledged=$(echo "$out" | awk '/^acknowledged/ { print $2 }')
echo "$out" | grep -E "Latency  |50%|99%|^acknowledged"
echo "sustained: $(( acknowledged / duration )) acknowledged comments per second; in the database: $(comments)"

before=$(comments)
wrk -t2 -c"$connections" -d"${duration}s" -s "$data/load.lua" "$base" > "$data/killed.out" &
load=$!
sleep $(( duration / 2 ))
kill -9 "$server"
wait "$server" 2>/dev/null; sleep 0.5
wait "$load"
acknowledged=$(awk '/^acknowledged/ { print $2 }' "$data/killed.out")
start_server
stored=$(( $(comments) - before ))
echo "killed with -9 half-way: $acknowledged acknowledged, $stored in the database after the restart"
[ "$stored" -ge "$acknowledged" ] && echo "no acknowledged write lost" || echo "LOST: $(( acknowledged - stored ))"
if [ "$backend" = sqlite ]; then
  echo "integrity check: $(sql 'PRAGMA integrity_check')"
fi

#!/usr/bin/env bash
# Benchmark: several nodes. Two app processes on one PostgreSQL behind nginx (round robin,
# as README's "Several app processes" describes), under mixed load: visitors reading a
# question page through nginx while members comment through nginx. Meanwhile a checker
# signs in on node 1, comments through node 1 or 2 with that session's CSRF token, and
# at once reads the page as a visitor through the other node: every comment must be there
# (never a stale page) and every post accepted on either node. Release build, loopback.
#
#   tests/bench/nodes.sh [SECONDS] [CHECKS]
set -u
duration="${1:-10}"
checks="${2:-200}"
connections=16
admin_url="${PARLOUR_TEST_POSTGRES:-postgres://postgres@127.0.0.1:54329}"
psql "$admin_url/postgres" -qc "DROP DATABASE IF EXISTS parlour_bench_nodes" \
  -c "CREATE DATABASE parlour_bench_nodes" >/dev/null || exit 1
export DATABASE_URL="$admin_url/parlour_bench_nodes" PARLOUR_TRUST_PROXY=true
source "$(dirname "$0")/common.sh" wrk curl nginx psql
node1="$base"
port2=$(( port + 1 ))
node2="http://127.0.0.1:$port2"
PARLOUR_LOG=warn "$bin" serve --bind "127.0.0.1:$port2" >/dev/null &
servers=$!
for _ in $(seq 500); do curl -sf "$node2/" -o /dev/null && break; sleep 0.02; done
start_nginx "location / { proxy_pass http://parlour; proxy_set_header Host \$host; proxy_set_header X-Forwarded-For \$remote_addr; }" \
  "upstream parlour { server 127.0.0.1:$port; server 127.0.0.1:$port2; keepalive 32; }"
question=$(curl -s -o /dev/null -w '%{redirect_url}' "$node1/experts/questions/1" | sed "s#$node1##")
answer=$(curl -s "$node1$question" | grep -o 'id="answer-[0-9]*"' | head -n 1 | grep -o '[0-9]*')
echo "two nodes on PostgreSQL behind nginx; reading $question, commenting on answer $answer"
add_writers 200 "$nginx_base" "$question"

# Mixed load through nginx: readers on the question page, one request in ten a comment.
write_script 10 "/experts/answers/$answer/comments" "$question"
wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$data/load.lua" "$nginx_base" > "$data/mixed.out" &
load=$!

# The checker: write through one node, read through the other at once.
# Each check by the next writer (signed in through nginx, so on either node), within the
# hourly comment limit.
stale=0; refused=0
for i in $(seq "$checks"); do
  read -r checker check_token < <(sed -n "$(( (i - 1) % 200 + 1 ))p" "$data/members")
  if (( i % 2 )); then via="$node1"; other="$node2"; else via="$node2"; other="$node1"; fi
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: parlour_session=$checker" \
    --data-urlencode "csrf_token=$check_token" --data-urlencode "body=Checker comment $i, seen everywhere" \
    "$via/experts/answers/$answer/comments")
  [ "$status" = 303 ] || refused=$(( refused + 1 ))
  curl -s "$other$question" | grep -q "Checker comment $i, seen everywhere" || stale=$(( stale + 1 ))
done
wait "$load"
echo "mixed load through nginx (90% reads of the question page, 10% comments):"
grep -E "Requests/sec|Latency  |99%|^acknowledged" "$data/mixed.out"
echo "checker: $checks comments written on one node and read at once on the other:" \
  "$refused refused, $stale stale pages"

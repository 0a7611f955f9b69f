#!/usr/bin/env bash
# Benchmark: the API's question list (/api/v1/questions) with 10 000 questions in the
# database — the first page, a page deep in the list (by its cursor), and a conditional
# request answered 304 — beside the site's own /experts list in the same run, on SQLite,
# release build, loopback only. Run it by hand.
#
#   tests/bench/api.sh [SECONDS] [CONNECTIONS]
set -u
duration="${1:-10}"
connections="${2:-32}"
source "$(dirname "$0")/common.sh" wrk sqlite3

add_questions 10000
echo "questions: $(sqlite3 "$data/parlour.db" 'SELECT COUNT(*) FROM questions')"

# The cursor of page 250 of 20 (item 5,000), followed page by page as a client would.
cursor=""
for _ in $(seq 249); do
  cursor=$(curl -s "$base/api/v1/questions${cursor:+?cursor=$cursor}" \
    | sed -n 's/.*"next_cursor":"\([^"]*\)".*/\1/p')
done
deep="/api/v1/questions?cursor=$cursor"
etag=$(curl -s -D - -o /dev/null "$base/api/v1/questions" | tr -d '\r' | sed -n 's/^etag: //Ip')
echo "deep page: $deep ($(curl -s "$base$deep" | grep -o '"id":[0-9]*,"url"' | head -n 1))"
echo "etag of the first page: $etag"

run() {
  echo "== $1, $connections connections, ${duration}s"
  shift
  wrk -t2 -c"$connections" -d"${duration}s" --latency "$@" | grep -E "Requests/sec|Latency  |50%|99%|Non-2xx"
}
run "/experts (HTML, for comparison)" "$base/experts"
run "/api/v1/questions" "$base/api/v1/questions"
run "/api/v1/questions, page 250" "$base$deep"
run "/api/v1/questions with If-None-Match (304)" -H "If-None-Match: $etag" "$base/api/v1/questions"

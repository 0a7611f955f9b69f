#!/usr/bin/env bash
# Benchmark: the /experts list with 10 000 questions in the database, and one question
# page with 50 answers, on SQLite, release build, loopback only. Run it by hand.
#
#   tests/bench/experts.sh [SECONDS] [CONNECTIONS]
set -u
duration="${1:-20}"
connections="${2:-32}"
source "$(dirname "$0")/common.sh" wrk sqlite3

# Bulk rows straight into the database (the server keeps running: WAL mode).
add_questions 10000
add_answers 1 50
echo "questions: $(sqlite3 "$data/parlour.db" 'SELECT COUNT(*) FROM questions')"
question=$(curl -s -o /dev/null -w '%{redirect_url}' "$base/experts/questions/1" | sed "s#$base##")
echo "answers on $question: $(curl -s "$base$question" | grep -o 'id="answer-[0-9]*"' | wc -l)"

for page in "/experts" "/experts?status=no-expert&sort=votes&page=50" "$question"; do
  echo "== $page, $connections connections, ${duration}s"
  wrk -t2 -c"$connections" -d"${duration}s" --latency "$base$page" | grep -E "Requests/sec|Latency  |50%|99%|Non-2xx"
done

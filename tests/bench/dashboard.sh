#!/usr/bin/env bash
# Benchmark: the community dashboard (/admin) on the large community (100,000 members,
# 1,000,000 posts; see large.sh), release build, loopback only. Reports how long the
# background job's first rollup of every past day takes (it starts with the server; each
# run ends by removing the rollups, so the next run measures it again), then the dashboard's time for each period with the days rolled up, and again with the rollups
# removed (everything counted from the posts, as before the first rollup). Not part of the
# test suite: run it by hand, on each database.
#
#   tests/bench/dashboard.sh [sqlite|postgres] [SECONDS] [CONNECTIONS]
set -u
duration="${2:-10}"
connections="${3:-2}"
source "$(dirname "$0")/large.sh" "${1:-sqlite}"
started=$(date +%s.%N)

admin="member000001"
"$bin" roles grant "$admin" admin >/dev/null 2>&1
cookie=$(sign_in "$admin") && [ -n "$cookie" ] || exit 1

# The last day the job stores: yesterday, once today is ten minutes old.
last=$(date -u -d "$(date -u -d '-10 minutes' +%F) -1 day" +%F)
through() { sql "SELECT value FROM settings WHERE name = 'dashboard_rolled_through'"; }
for _ in $(seq 1200); do
  [ "$(through)" = "$last" ] && break
  sleep 0.5
done
took=$(printf '%.1f' "$(echo "$(date +%s.%N) - $started" | bc)")
days=$(sql "SELECT COUNT(DISTINCT day) FROM daily_figures")
echo "backend: $backend; rollup done ${took} s after the server answered (rolled through $(through), $days days with figures)"

# One request's total time, three times.
timed() {
  for _ in 1 2 3; do
    curl -s -o /dev/null -w '%{http_code} %{time_total}s  ' -H "Cookie: parlour_session=$cookie" "$base$1"
  done
  echo
}

for period in week 4weeks 12months; do
  path="/admin?period=$period"
  echo "== $path, days rolled up: $(timed "$path")"
  wrk -t1 -c"$connections" -d"${duration}s" --latency -H "Cookie: parlour_session=$cookie" "$base$path" \
    | grep -E "Requests/sec|Latency  |50%|99%|Non-2xx|Socket errors"
done

# Without rollups (until the job's next run, at most five minutes away, stores them again).
sql "DELETE FROM settings WHERE name = 'dashboard_rolled_through'"
sql "DELETE FROM member_days"
sql "DELETE FROM daily_figures"
for period in week 4weeks 12months; do
  path="/admin?period=$period"
  echo "== $path, counted from the posts: $(timed "$path")"
done

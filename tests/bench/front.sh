#!/usr/bin/env bash
# Benchmark: the front page on the large community (100,000 members, 1,000,000 posts; see
# large.sh), release build, loopback only: requests/second and p50/p99 for a visitor and
# for a signed-in member with interests (three areas, three topics, follows) — the page
# with "For you". Not part of the test suite: run it by hand, on each database.
#
#   tests/bench/front.sh [sqlite|postgres] [SECONDS] [CONNECTIONS]
set -u
duration="${2:-10}"
connections="${3:-8}"
source "$(dirname "$0")/large.sh" "${1:-sqlite}"

member="member000500"
# The member's interests, as the interests page would save them (once; the same each run).
id=$(sql "SELECT id FROM users WHERE username = '$member'")
sql "DELETE FROM member_interests WHERE user_id = $id"
for area in 1 4 7; do
  sql "INSERT INTO member_interests (user_id, kind, item_id, tag, created_at) VALUES ($id, 'area', $area, '', '2026-12-01 00:00:00')"
done
for tag in fabric tailoring gifts; do
  sql "INSERT INTO member_interests (user_id, kind, item_id, tag, created_at) VALUES ($id, 'tag', 0, '$tag', '2026-12-01 00:00:00')"
done
sql "UPDATE users SET interests_offered = TRUE WHERE id = $id"

cookie=$(sign_in "$member") && [ -n "$cookie" ] || exit 1
items=$(curl -s -H "Cookie: parlour_session=$cookie" "$base/" | grep -c 'class="why"')
echo "backend: $backend; $member's For you lists $items item(s)"

for who in visitor member; do
  header=()
  [ "$who" = member ] && header=(-H "Cookie: parlour_session=$cookie")
  echo "== / as a $who, $connections connections, ${duration}s"
  wrk -t2 -c"$connections" -d"${duration}s" --latency "${header[@]}" "$base/" \
    | grep -E "Requests/sec|Latency  |50%|99%|Non-2xx|Socket errors"
done

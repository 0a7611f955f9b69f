#!/usr/bin/env bash
# Benchmark: every list on the large community (100,000 members, 1,000,000 posts; see
# large.sh) with the page cache off, so that each request really makes its page:
# /experts with each filter and sort and a deep page, /ideas with each sort, /blog with
# its tag and author lists, a busy member's profile, the front page, and signed in, a
# member's notifications, an expert's queue and the moderation queue with thousands
# waiting; the deep pages typed in (rows skipped) and reached by "Next" (started after the
# row the link names). Prints requests/second, p50 and p99 per list (target: p99 < 20 ms
# at 8 connections on SQLite) and the server's peak memory. Release build, loopback only.
#
#   tests/bench/lists.sh [sqlite|postgres] [SECONDS] [CONNECTIONS]
set -u
duration="${2:-5}"
connections="${3:-8}"
export PARLOUR_PAGE_CACHE_MB=0
source "$(dirname "$0")/large.sh" "${1:-sqlite}"

area=$(sql "SELECT slug FROM areas ORDER BY id LIMIT 1")
tag=$(sql "SELECT tag FROM article_tags GROUP BY tag ORDER BY COUNT(*) DESC LIMIT 1")
author=$(sql "SELECT u.username FROM articles a JOIN users u ON u.id = a.author_id GROUP BY u.username ORDER BY COUNT(*) DESC LIMIT 1")
busy=$(sql "SELECT u.username FROM answers a JOIN users u ON u.id = a.author_id GROUP BY u.username ORDER BY COUNT(*) DESC LIMIT 1")
notified=$(sql "SELECT u.username FROM notifications n JOIN users u ON u.id = n.user_id GROUP BY u.username ORDER BY COUNT(*) DESC LIMIT 1")
expert=$(sql "SELECT u.username FROM expert_areas e JOIN users u ON u.id = e.user_id ORDER BY u.id LIMIT 1")
moderator="member000002"
"$bin" roles grant "$moderator" moderator >/dev/null 2>&1
echo "backend: $backend; waiting for a moderator: $(sql "SELECT
  (SELECT COUNT(*) FROM questions WHERE visibility = 'held') + (SELECT COUNT(*) FROM answers WHERE visibility = 'held')
  + (SELECT COUNT(*) FROM replies WHERE status = 'held') + (SELECT COUNT(*) FROM ideas WHERE approved = FALSE)");" \
  "open flags: $(sql "SELECT COUNT(*) FROM flags")"
echo "release build, wrk -t2 -c$connections -d${duration}s, page cache off"
echo
echo "| list | req/s | p50 | p99 | CPU ms/request |"
echo "|---|---:|---:|---:|---:|"
pids="$server"
for page in "/" "/experts" "/experts?status=unanswered" "/experts?status=no-expert" \
  "/experts?status=expert" "/experts?status=accepted" "/experts?sort=active" "/experts?sort=votes" \
  "/experts?area=$area" "/experts?status=no-expert&sort=votes&page=200" "/experts?page=2000" \
  "/ideas" "/ideas?sort=new" "/ideas?sort=trending" "/ideas?page=200" \
  "/blog" "/blog?tag=$tag" "/blog?author=$author" "/blog?page=100" "/u/$busy"; do
  measure "$page" "$base$page"
done
# The same deep pages as a reader or a crawler reaches them: by the "Next" link of the page
# before, which names the row the page starts after (no rows skipped).
for before in "/experts?status=no-expert&sort=votes&page=199" "/experts?page=1999"; do
  next=$(curl -s "$base$before" | sed -n 's/.*rel="next" href="\([^"]*\)".*/\1/p' \
    | sed 's/&#38;/\&/g; s/&amp;/\&/g')
  measure "$next (by Next)" "$base$next"
done
for who in "$notified /notifications" "$expert /experts/queue" "$moderator /mod" "$moderator /mod/audit"; do
  set -- $who
  cookie=$(sign_in "$1")
  measure "$2 (as $1)" "$base$2" -H "Cookie: parlour_session=$cookie"
done
echo
echo "peak RSS of the server: $(peak_rss "$server") MiB"

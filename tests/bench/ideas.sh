#!/usr/bin/env bash
# Benchmark: the /ideas board (top, new, trending) with 10 000 ideas and about 200 000
# votes from 1 000 members, and one idea page, on SQLite, release build, loopback only.
# Run it by hand.
#
#   tests/bench/ideas.sh [SECONDS] [CONNECTIONS]
set -u
duration="${1:-20}"
connections="${2:-32}"
source "$(dirname "$0")/common.sh" wrk sqlite3

# Bulk rows straight into the database (the server keeps running: WAL mode). Idea i gets
# (i mod 40) + 1 votes, cast over the last 60 days, so trending sees about a quarter.
sqlite3 "$data/parlour.db" <<'SQL'
PRAGMA busy_timeout = 10000;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)
INSERT INTO users (username, username_key, email, email_key, password_hash, roles, created_at)
SELECT 'voter' || i, 'voter' || i, 'voter' || i || '@example.com', 'voter' || i || '@example.com',
    '!', 0, datetime('now', '-90 days')
FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)
INSERT INTO ideas (slug, author_id, area_id, title, body_md, body_html, status, approved,
    vote_count, created_at, first_response_at, merged_into_id, image_id, image_alt)
SELECT 'benchmark-idea-' || i, (SELECT id FROM users WHERE username = 'tom'),
    (SELECT MIN(id) FROM areas) + (i % 5),
    'Benchmark idea number ' || i || ' about collars and cuffs', 'Details ' || i,
    '<p>Details ' || i || '</p>',
    CASE i % 6 WHEN 0 THEN 'planned' WHEN 1 THEN 'under-review' ELSE 'new' END, 1,
    0, datetime('now', '-' || (i % 90) || ' days', '-' || i || ' minutes'), NULL, NULL, NULL, ''
FROM n;
WITH RECURSIVE v(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM v WHERE j < 39)
INSERT INTO idea_votes (idea_id, user_id, created_at)
SELECT ideas.id, (SELECT MIN(id) FROM users WHERE username LIKE 'voter%') + ((ideas.id * 7 + v.j * 13) % 1000),
    datetime('now', '-' || ((ideas.id + v.j * 3) % 60) || ' days', '-' || v.j || ' minutes')
FROM ideas JOIN v ON v.j <= ideas.id % 40
WHERE ideas.slug LIKE 'benchmark-idea-%';
UPDATE ideas SET vote_count = (SELECT COUNT(*) FROM idea_votes WHERE idea_id = ideas.id);
-- What the background job computes: each vote of the last 14 days weighs 1 when fresh,
-- falling to 0 at 14 days.
UPDATE ideas SET trending_score = (
    SELECT COALESCE(SUM(1.0 - (julianday('now') - julianday(created_at)) / 14.0), 0)
    FROM idea_votes WHERE idea_id = ideas.id AND created_at > datetime('now', '-14 days'));
SQL
echo "ideas: $(sqlite3 "$data/parlour.db" 'SELECT COUNT(*) FROM ideas'), votes: $(sqlite3 "$data/parlour.db" 'SELECT COUNT(*) FROM idea_votes')"
idea=$(sqlite3 "$data/parlour.db" "SELECT id FROM ideas WHERE slug LIKE 'benchmark-idea-%' ORDER BY vote_count DESC LIMIT 1")

for page in "/ideas" "/ideas?sort=new" "/ideas?sort=trending" "/ideas?status=planned&page=20" "/ideas/$idea"; do
  echo "== $page, $connections connections, ${duration}s"
  wrk -t2 -c"$connections" -d"${duration}s" --latency "$base$page" | grep -E "Requests/sec|Latency  |50%|99%|Non-2xx"
done

# Shared by the benchmarks: builds the release binary and serves the demo community on a
# free loopback port with a throwaway data folder, removed on exit. Sets $bin, $data, $base.
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source tests/bench/measure.sh
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/parlour-target}"
for tool in "$@"; do
  command -v "$tool" >/dev/null || { echo "install $tool (apt-get install $tool)" >&2; exit 1; }
done
# PARLOUR_BENCH_BIN names another binary to measure (an older build, for "before" figures).
if [ -n "${PARLOUR_BENCH_BIN:-}" ]; then
  bin="$PARLOUR_BENCH_BIN"
else
  cargo build --release --quiet || exit 1
  bin="$CARGO_TARGET_DIR/release/parlour"
fi
data="$(mktemp -d /tmp/parlour-bench.XXXXXX)"
port=$(( 30000 + RANDOM % 20000 ))
base="http://127.0.0.1:$port"
# Starts (or, after a crash, restarts) the server; sets $server to its process id.
start_server() {
  PARLOUR_LOG=warn "$bin" serve --demo --bind "127.0.0.1:$port" --data "$data" >/dev/null &
  server=$!
  for _ in $(seq 1000); do curl -sf "$base/" -o /dev/null && return; sleep 0.01; done
}
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data"' EXIT
start_server

# Stops the server and starts it again on the same database; sets $restart_ms to the
# milliseconds from the start to the first page served.
restart_timed() {
  kill "$server"; wait "$server" 2>/dev/null
  local started; started=$(date +%s%N)
  start_server
  restart_ms=$(( ($(date +%s%N) - started) / 1000000 ))
}

# Adds $1 questions straight into the database, one a minute back from now (the server
# keeps running: WAL mode).
add_questions() {
  sqlite3 "$data/parlour.db" <<SQL
PRAGMA busy_timeout = 10000;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $1)
INSERT INTO questions (slug, asker_id, area_id, title, body_md, body_html, image_id, image_alt,
    answer_count, expert_answer_count, vote_count, accepted_answer_id, created_at, last_activity_at)
SELECT 'benchmark-question-' || i, (SELECT id FROM users WHERE username = 'tom'),
    (SELECT MIN(id) FROM areas) + (i % 5),
    'Benchmark question number ' || i || ' about collars and cuffs', 'Details ' || i,
    '<p>Details ' || i || '</p>', NULL, '', i % 4, (i % 3 = 0), i % 7, NULL,
    datetime('now', '-' || i || ' minutes'), datetime('now', '-' || i || ' minutes')
FROM n;
SQL
}

# Adds $2 answers by a demo expert to question $1, each with a little Markdown's HTML.
add_answers() {
  sqlite3 "$data/parlour.db" >/dev/null <<SQL
PRAGMA busy_timeout = 10000;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $2)
INSERT INTO answers (question_id, author_id, body_md, body_html, by_expert, score, created_at)
SELECT $1, (SELECT id FROM users WHERE username = 'sam_k'), 'Answer ' || i,
    '<p>Answer <strong>' || i || '</strong>: advice about collars, sizes and fabrics, with a link to <a href="https://example.com" rel="nofollow ugc noopener">a guide</a>.</p>',
    (i % 5 = 0), i % 9, datetime('now', '-' || i || ' minutes')
FROM n;
UPDATE questions SET answer_count = answer_count + $2 WHERE id = $1;
SQL
}

# Adds $2 comments by a demo member to the article with slug $1.
add_comments() {
  sqlite3 "$data/parlour.db" >/dev/null <<SQL
PRAGMA busy_timeout = 10000;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $2)
INSERT INTO replies (subject_kind, subject_id, parent_id, author_id, body_md, body_html, status, created_at)
SELECT 'article', (SELECT id FROM articles WHERE slug = '$1'), NULL,
    (SELECT id FROM users WHERE username = 'tom'), 'Comment ' || i,
    '<p>Comment number ' || i || ': the <strong>collar</strong> test worked for me, thanks. See <a href="https://example.com/fit" rel="nofollow ugc noopener">the guide</a>.</p>',
    'visible', datetime('now', '-' || i || ' minutes')
FROM n;
SQL
}

# The demo's sign-in: prints the session cookie's value for member $1 (through $2, by
# default the server); fails, saying so, when the server does not sign them in (a figure
# "signed in" must never be a visitor's).
demo_sign_in() {
  local jar="$data/jar.$1" t site="${2:-$base}" status
  t=$(curl -s -c "$jar" "$site/login" | sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' | head -n 1)
  status=$(curl -s -b "$jar" -c "$jar" -o /dev/null -w '%{http_code}' \
    --data-urlencode "csrf_token=$t" --data-urlencode "login=$1" \
    --data-urlencode "password=parlour-demo-tweed" "$site/login")
  if [ "$status" != 303 ]; then
    echo "signing in $1 through $site failed: $status" >&2
    return 1
  fi
  awk '$6 == "parlour_session" { print $7 }' "$jar"
}

# Starts nginx on a free loopback port with two workers (like the app) and the server
# block's directives in $1; sets $nginx_base and $nginx_pids.
start_nginx() {
  local port=$(( 30000 + RANDOM % 20000 ))
  mkdir -p "$data/nginx"
  # nginx's workers run as an unprivileged user: they must be able to read the files.
  chmod -R a+rX "$data"
  cat > "$data/nginx/nginx.conf" <<CONF
worker_processes 2;
pid $data/nginx/nginx.pid;
error_log $data/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  default_type text/html;
  client_body_temp_path $data/nginx;
  proxy_temp_path $data/nginx;
  fastcgi_temp_path $data/nginx;
  uwsgi_temp_path $data/nginx;
  scgi_temp_path $data/nginx;
  ${2:-}
  server { listen 127.0.0.1:$port; $1 }
}
CONF
  nginx -c "$data/nginx/nginx.conf" -e "$data/nginx/error.log" || exit 1
  sleep 0.3
  nginx_base="http://127.0.0.1:$port"
  local master; master=$(cat "$data/nginx/nginx.pid")
  nginx_pids="$master $(pgrep -P "$master" | tr '\n' ' ')"
  trap 'kill $server ${servers:-} 2>/dev/null; wait $server 2>/dev/null; kill $(cat "$data/nginx/nginx.pid") 2>/dev/null; sleep 0.2; rm -rf "$data"' EXIT
}

# Serves the folder $1 with nginx, as static files.
serve_with_nginx() { start_nginx "root $1;"; }


# SQL on the benchmark's database (SQLite, or PostgreSQL when DATABASE_URL is set).
sql() {
  if [ -n "${DATABASE_URL:-}" ]; then
    psql "$DATABASE_URL" -qtAc "$1"
  else
    sqlite3 -cmd ".timeout 10000" "$data/parlour.db" "$1"
  fi
}

# Adds $1 members who may post at once (no hold for new members), with the demo's
# password, signs each in through $2 and writes "cookie csrf-token" lines to
# $data/members (the token as the page at $3 gives it).
add_writers() {
  sql "INSERT INTO settings (name, value, updated_at) VALUES ('new_member_posts', '0', '2026-01-01 00:00:00')
       ON CONFLICT (name) DO UPDATE SET value = '0'"
  sql "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $1)
       INSERT INTO users (username, username_key, email, email_key, password_hash, roles, created_at, email_confirmed_at)
       SELECT 'writer' || i, 'writer' || i, 'writer' || i || '@example.com', 'writer' || i || '@example.com',
         (SELECT password_hash FROM users WHERE username = 'tom'), 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00'
       FROM n"
  echo "signing in $1 members…" >&2
  : > "$data/members"
  local i cookie token
  for i in $(seq "$1"); do
    cookie=$(demo_sign_in "writer$i" "$2") || exit 1
    token=$(curl -s -H "Cookie: parlour_session=$cookie" "$2$3" \
      | sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' | head -n 1)
    echo "$cookie $token" >> "$data/members"
  done
}

# A wrk script: every $1th request is a comment posted to $2 by the next of the writers
# in $data/members, the others GETs of $3 (with $1 = 1, comments only). Counts the
# acknowledged comments (303) and prints them at the end.
write_script() {
  cat > "$data/load.lua" <<LUA
local members = {}
for line in io.lines("$data/members") do
  local cookie, token = line:match("(%S+) (%S+)")
  table.insert(members, { cookie = cookie, token = token })
end
local threads = {}
function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end
function init(args)
  sent, acknowledged, other = 0, 0, 0
end
function request()
  sent = sent + 1
  if sent % $1 ~= 0 then return wrk.format("GET", "$3") end
  local m = members[((sent * 2 + id) % #members) + 1]
  return wrk.format("POST", "$2", {
    ["Cookie"] = "parlour_session=" .. m.cookie,
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }, "csrf_token=" .. m.token .. "&body=A+comment+from+the+benchmark%2C+number+" .. sent .. "+of+thread+" .. id)
end
function response(status, headers, body)
  if status == 303 then acknowledged = acknowledged + 1
  elseif status ~= 200 then other = other + 1 end
end
function done(summary, latency, requests)
  local a, o = 0, 0
  for _, t in ipairs(threads) do a = a + t:get("acknowledged"); o = o + t:get("other") end
  io.write(string.format("acknowledged %d refused %d\n", a, o))
end
LUA
}

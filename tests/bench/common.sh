# Shared by the benchmarks: builds the release binary and serves the demo community on a
# free loopback port with a throwaway data folder, removed on exit. Sets $bin, $data, $base.
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/parlour-target}"
for tool in "$@"; do
  command -v "$tool" >/dev/null || { echo "install $tool (apt-get install $tool)" >&2; exit 1; }
done
cargo build --release --quiet || exit 1
bin="$CARGO_TARGET_DIR/release/parlour"
data="$(mktemp -d /tmp/parlour-bench.XXXXXX)"
port=$(( 30000 + RANDOM % 20000 ))
base="http://127.0.0.1:$port"
PARLOUR_LOG=warn "$bin" serve --demo --bind "127.0.0.1:$port" --data "$data" >/dev/null &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 50); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.2; done

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

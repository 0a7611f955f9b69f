# Shared by the benchmarks that need the large community (100,000 members, 1,000,000
# posts, made by `parlour seed`): builds the release binary, makes the database once and
# keeps it between runs, and serves it on a free loopback port until the script exits.
# Sets $bin, $base and $backend, and defines sql and sign_in. The server's warnings (slow
# statements among them, see PARLOUR_SLOW_QUERY_MS) go to $bench_data/server.log. Source it with the backend as argument:
#
#   source tests/bench/large.sh sqlite      # data in $PARLOUR_BENCH_DATA/sqlite
#   source tests/bench/large.sh postgres    # database $PARLOUR_BENCH_POSTGRES
#
# PARLOUR_BENCH_DATA defaults to ~/.cache/parlour-bench; PARLOUR_BENCH_POSTGRES to a
# `parlour_bench` database on the PostgreSQL of $PARLOUR_TEST_POSTGRES. PARLOUR_BENCH_MEMBERS
# and PARLOUR_BENCH_POSTS change the size (the database is made once per size).
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source tests/bench/measure.sh
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/parlour-target}"
backend="${1:-sqlite}"
members="${PARLOUR_BENCH_MEMBERS:-100000}"
posts="${PARLOUR_BENCH_POSTS:-1000000}"
bench_data="${PARLOUR_BENCH_DATA:-$HOME/.cache/parlour-bench}/$members-$posts"
for tool in wrk curl; do
  command -v "$tool" >/dev/null || { echo "install $tool (apt-get install $tool)" >&2; exit 1; }
done
cargo build --release --quiet || exit 1
bin="$CARGO_TARGET_DIR/release/parlour"
mkdir -p "$bench_data"
case "$backend" in
  sqlite)
    export PARLOUR_DATA="$bench_data/sqlite"
    unset DATABASE_URL
    ;;
  postgres)
    admin_url="${PARLOUR_TEST_POSTGRES:-postgres://postgres@127.0.0.1:54329}"
    name="parlour_bench_${members}_${posts}"
    export DATABASE_URL="${PARLOUR_BENCH_POSTGRES:-$admin_url/$name}"
    if [ ! -f "$bench_data/postgres.done" ]; then
      psql "$admin_url/postgres" -qc "DROP DATABASE IF EXISTS $name" \
        -c "CREATE DATABASE $name" >/dev/null || exit 1
    fi
    ;;
  *) echo "backend: sqlite or postgres" >&2; exit 1 ;;
esac
if [ ! -f "$bench_data/$backend.done" ]; then
  [ "$backend" = sqlite ] && rm -rf "$PARLOUR_DATA"
  echo "Seeding the $backend database ($members members, $posts posts), once:" >&2
  PARLOUR_LOG=warn "$bin" seed --members "$members" --posts "$posts" | tee "$bench_data/$backend.seeded" || exit 1
  touch "$bench_data/$backend.done"
fi
# A database made by an older build gets the newer migrations first (they may rewrite the
# search index, which takes minutes at this size: more than the wait for the server below).
PARLOUR_LOG=warn "$bin" migrate >/dev/null || exit 1
port=$(( 30000 + RANDOM % 20000 ))
base="http://127.0.0.1:$port"
PARLOUR_LOG=warn "$bin" serve --bind "127.0.0.1:$port" >/dev/null 2>>"$bench_data/server.log" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null' EXIT
for _ in $(seq 150); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.2; done

# SQL on the benchmark database.
sql() {
  case "$backend" in
    sqlite) sqlite3 "$PARLOUR_DATA/parlour.db" "$1" ;;
    postgres) psql "$DATABASE_URL" -qtAc "$1" ;;
  esac
}

# Signs in as the seeded member $1 through the form, as a browser would; prints the
# session cookie's value.
sign_in() {
  local jar token cookie
  jar=$(mktemp)
  token=$(curl -s -c "$jar" "$base/login" | sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -b "$jar" -c "$jar" -o /dev/null \
    --data-urlencode "csrf_token=$token" --data-urlencode "login=$1" \
    --data-urlencode "password=parlour-seed-password" "$base/login"
  cookie=$(awk '$6 == "parlour_session" { print $7 }' "$jar")
  rm -f "$jar"
  [ -n "$cookie" ] || { echo "signing in as $1 failed" >&2; exit 1; }
  echo "$cookie"
}

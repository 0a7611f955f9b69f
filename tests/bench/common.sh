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

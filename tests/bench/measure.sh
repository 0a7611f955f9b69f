# How the benchmarks measure: wrk's figures beside the server's CPU time and memory.

# Total CPU time (user + system, in clock ticks) of the processes $@.
cpu_ticks() {
  local total=0 pid
  for pid in "$@"; do
    total=$(( total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat") ))
  done
  echo "$total"
}

# Runs wrk on URL $2 (extra wrk arguments after it) while measuring the CPU of the
# processes in $pids; prints "$1 req/s p50 p99 cpu-ms-per-request" as one row.
measure() {
  local name="$1" url="$2"; shift 2
  local before after out requests
  before=$(cpu_ticks $pids)
  out=$(wrk -t2 -c"${connections:-32}" -d"${duration:-10}s" --latency "$@" "$url")
  after=$(cpu_ticks $pids)
  requests=$(echo "$out" | awk '/requests in/ { print $1 }')
  echo "$out" | grep -q "Non-2xx" && echo "  (non-2xx answers: $(echo "$out" | awk '/Non-2xx/ { print $NF }'))" >&2
  printf "| %-34s | %9s | %7s | %7s | %8.4f |\n" "$name" \
    "$(echo "$out" | awk '/Requests\/sec/ { printf "%.0f", $2 }')" \
    "$(echo "$out" | awk '$1 == "50%" { print $2 }')" \
    "$(echo "$out" | awk '$1 == "99%" { print $2 }')" \
    "$(echo "scale=6; ($after - $before) * 1000 / $(getconf CLK_TCK) / $requests" | bc)"
}

# Peak resident memory of process $1, in MiB.
peak_rss() { awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

#!/usr/bin/env bash
# Benchmark: /search on the large community (100,000 members, 1,000,000 posts; see
# large.sh), release build, loopback only: requests/second and p50/p99 latency for a
# common word, a rare word, a phrase, a prefix and a filtered query, then the index's size
# on disk. Not part of the test suite: run it by hand, on each database.
#
#   tests/bench/search.sh [sqlite|postgres] [SECONDS] [CONNECTIONS]
set -u
duration="${2:-10}"
connections="${3:-8}"
source "$(dirname "$0")/large.sh" "${1:-sqlite}"

# The rare word is one of the generator's made-up words in a few dozen posts (found with
# fts5vocab on the seeded SQLite database; the same seed makes the same words).
rare="${PARLOUR_BENCH_RARE:-brabraquindar}"
# How many documents match, as the engine counts them.
matches() {
  case "$backend" in
    sqlite) sqlite3 "$PARLOUR_DATA/parlour.db" \
      "SELECT COUNT(*) FROM search_fts WHERE search_fts MATCH '$1'" ;;
    postgres) psql "$DATABASE_URL" -tAc \
      "SELECT COUNT(*) FROM search_documents WHERE tsv @@ to_tsquery('english', '$2')" ;;
  esac
}
echo "backend: $backend; documents matching: shirt $(matches shirt shirt), $rare $(matches "$rare" "$rare"), \"linen shirt\" $(matches '"linen shirt"' 'linen <-> shirt'), colla* $(matches 'colla*' 'colla:*')"

for query in "q=shirt" "q=$rare" "q=%22linen+shirt%22" "q=colla" "q=lapel+wool" \
  "q=wool&kind=answer&area=3&expert=yes" "q=wool&kind=question" "q=wool&from=2026-06-01" \
  "q=wool&sort=new"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "$base/search?$query")
  echo "== /search?$query ($status), $connections connections, ${duration}s"
  wrk -t2 -c"$connections" -d"${duration}s" --latency "$base/search?$query" \
    | grep -E "Requests/sec|Latency  |50%|99%|Non-2xx|Socket errors"
done

echo "== index size on disk"
case "$backend" in
  sqlite)
    sqlite3 "$PARLOUR_DATA/parlour.db" "
      SELECT CASE WHEN name LIKE 'search_fts%' THEN 'search_fts (FTS5 index)'
                  WHEN name LIKE '%search_documents%' THEN 'search_documents (+ indexes)'
                  ELSE 'everything else' END AS part,
             printf('%.0f MiB', SUM(pgsize) / 1048576.0)
      FROM dbstat GROUP BY part ORDER BY part" ;;
  postgres)
    psql "$DATABASE_URL" -tAc "
      SELECT 'search_documents table', pg_size_pretty(pg_table_size('search_documents'))
      UNION ALL SELECT 'GIN index on tsv', pg_size_pretty(pg_relation_size('search_documents_tsv'))
      UNION ALL SELECT 'whole database', pg_size_pretty(pg_database_size(current_database()))" ;;
esac

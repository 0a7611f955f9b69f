#!/usr/bin/env bash
# Benchmark: requests per second and latency for one article page with 50 comments, on
# SQLite, release build, loopback only. Not part of the test suite: run it by hand.
#
#   tests/bench/article.sh [SECONDS] [CONNECTIONS]
set -u
duration="${1:-20}"
connections="${2:-32}"
source "$(dirname "$0")/common.sh" wrk

# Sign in as a demo member and write comments until the article has 50.
jar="$data/cookies"
token() { curl -s -b "$jar" -c "$jar" "$base$1" | sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' | head -n 1; }
t=$(token /login)
curl -s -b "$jar" -c "$jar" -o /dev/null -d "csrf_token=$t&login=tom&password=parlour-demo-tweed" "$base/login"
article="/blog/how-a-shirt-should-fit-the-five-point-check"
count() { curl -s "$base$article" | grep -o 'id="comment-[0-9]*"' | wc -l; }
existing=$(count)
for i in $(seq $((existing + 1)) 50); do
  t=$(token "$article")
  curl -s -b "$jar" -c "$jar" -o /dev/null \
    --data-urlencode "csrf_token=$t" \
    --data-urlencode "body=Comment number $i: the **collar** test worked for me, thanks. See https://example.com/fit" \
    -w "%{http_code} " "$base$article/comments"
done
echo
echo "comments on the page: $(count)"

echo "== $article, $connections connections, ${duration}s"
wrk -t2 -c"$connections" -d"${duration}s" --latency "$base$article"

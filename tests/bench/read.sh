#!/usr/bin/env bash
# Benchmark: the read path. A visitor's question page with 50 answers, article with 50
# comments, front page and ideas board, each beside nginx serving the very same bytes as a
# static file in the same run (three interleaved rounds), and a signed-in member's question
# page. Prints requests/second, p50, p99 and the server's CPU time per request, then peak
# memory and the bytes on the wire with compression. SQLite, release build, loopback only.
#
#   tests/bench/read.sh [SECONDS] [CONNECTIONS] [ROUNDS]
set -u
duration="${1:-10}"
connections="${2:-32}"
rounds="${3:-3}"
source "$(dirname "$0")/common.sh" wrk sqlite3 nginx bc

article="how-a-shirt-should-fit-the-five-point-check"
add_answers 1 50
add_comments "$article" 50
question=$(curl -s -o /dev/null -w '%{redirect_url}' "$base/experts/questions/1" | sed "s#$base##")
pages=("$question" "/blog/$article" "/" "/ideas")
names=("question, 50 answers" "article, 50 comments" "front page" "ideas board")

# The same bytes for nginx: each page as a visitor gets it, saved as a file.
mkdir -p "$data/www"
for i in "${!pages[@]}"; do
  curl -s "$base${pages[$i]}" -o "$data/www/page$i.html"
done
serve_with_nginx "$data/www"
# A fresh process on the database just made: what seeding the demo used is not counted.
restart_timed
echo "start to first page served (existing database): $restart_ms ms;" \
  "RSS then: $(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$server/status") MiB"
echo "answers on $question: $(grep -o 'id="answer-[0-9]*"' "$data/www/page0.html" | wc -l);" \
  "comments on the article: $(grep -o 'id="comment-[0-9]*"' "$data/www/page1.html" | wc -l)"
echo "release build, SQLite, wrk -t2 -c$connections -d${duration}s, $rounds interleaved rounds"
echo
echo "| page | req/s | p50 | p99 | CPU ms/request |"
echo "|---|---:|---:|---:|---:|"
for round in $(seq "$rounds"); do
  for i in "${!pages[@]}"; do
    bytes=$(stat -c %s "$data/www/page$i.html")
    pids="$nginx_pids" measure "nginx, ${names[$i]} ($bytes B)" "$nginx_base/page$i.html"
    pids="$server" measure "Parlour, ${names[$i]}" "$base${pages[$i]}"
  done
done
cookie=$(demo_sign_in tom) || exit 1
pids="$server" measure "Parlour, question, signed in" "$base$question" -H "Cookie: parlour_session=$cookie"
echo
echo "peak RSS under the load: Parlour $(peak_rss "$server") MiB; nginx processes $(for p in $nginx_pids; do peak_rss "$p"; echo -n " "; done)MiB"
sleep 5
echo "RSS 5 s after the load: $(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$server/status") MiB"
for encoding in identity gzip br; do
  html=$(curl -s -H "Accept-Encoding: $encoding" "$base$question" | wc -c)
  css=0
  for sheet in $(grep -o 'href="[^"]*\.css[^"]*"' "$data/www/page0.html" | sed 's/href="//; s/"$//; s/&amp;/\&/g'); do
    css=$(( css + $(curl -s -H "Accept-Encoding: $encoding" "$base$sheet" | wc -c) ))
  done
  echo "question page on the wire, $encoding: HTML $html B + CSS $css B = $(( html + css )) B"
done

#!/usr/bin/env bash
# The whole benchmark suite on one database: bench/http/suite.sh postgres|h2
#
# Build-free: expects `mvn -DskipTests package` in the project root and `mvn -q package` in
# bench/limit-app (the trivial secured endpoint). Makes a fresh database (PostgreSQL: cw_bench_suite on
# 127.0.0.1:5432, user postgres; H2: a new file under /tmp), generates the PERFORMANCE.md workspace
# (DEALS, default 100,000) with the app's own generator and times it, restarts the jar with -Xmx512m
# (time to the first healthy answer, heap after load), then runs wrk (2 threads, CONNECTIONS=16,
# DURATION=20s) for each row of bench/http/requests.tsv, each right after the trivial secured endpoint's
# limit measured again (LIMIT_DURATION=10s, same connections), and writes the table to
# bench/results/<db>-<date>-<hhmm>.md. Before the first row it waits until the started jar is idle: on a
# just-generated workspace the automation rules, reminders and event listeners catch up for a minute or
# more, and a row measured meanwhile measures them. DURATION, WARMUP, CONNECTIONS, DEALS, LIMIT_DURATION
# override.
set -euo pipefail
KIND=${1:?usage: suite.sh postgres|h2}
cd "$(dirname "$0")/../.."
ROOT=$PWD
JAR=$ROOT/target/closewright-0.1.0-SNAPSHOT.jar
LIMIT_JAR=$ROOT/bench/limit-app/target/limit-app.jar
DEALS=${DEALS:-100000}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-5s}
CONNECTIONS=${CONNECTIONS:-16}
PORT=${PORT:-8095}
LIMIT_PORT=${LIMIT_PORT:-8098}
DOMAIN=bench.closewright.io
PASSWORD=closewright-bench
WORK=/tmp/cw-bench-suite-$KIND
RESULTS=$ROOT/bench/results
OUT=$RESULTS/$KIND-$(date -u +%F-%H%M).md
LIMIT_DURATION=${LIMIT_DURATION:-10s}
export LUA_DIR=$ROOT/bench/http/lua THREADS=2 TODAY=$(date -u +%F)
for f in "$JAR" "$LIMIT_JAR"; do [ -f "$f" ] || { echo "missing $f: build it first (see bench/README.md)"; exit 1; }; done
command -v wrk >/dev/null || { echo "wrk is not installed (Debian package wrk)"; exit 1; }
for p in $PORT $LIMIT_PORT; do
  if (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null; then echo "port $p is taken: set PORT / LIMIT_PORT"; exit 1; fi
done
rm -rf "$WORK" && mkdir -p "$WORK" "$RESULTS"
# Run a copy: a build in the project while the suite runs would replace the jar under the running JVM.
cp "$JAR" "$WORK/closewright.jar" && JAR=$WORK/closewright.jar
cp "$LIMIT_JAR" "$WORK/limit-app.jar" && LIMIT_JAR=$WORK/limit-app.jar
APP=""
LIMIT=""
trap 'for p in $APP $LIMIT; do kill $p 2>/dev/null || true; done' EXIT

case $KIND in
  postgres)
    DB=cw_bench_suite
    psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
    export SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=
    DB_ARGS=()
    sql() { psql -h 127.0.0.1 -U postgres -d $DB -Atc "$1"; }
    ;;
  h2)
    H2_URL="jdbc:h2:file:$WORK/h2/closewright;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
    DB_ARGS=(--closewright.data-dir="$WORK/h2")
    unzip -p "$JAR" "$(unzip -Z1 "$JAR" | grep 'BOOT-INF/lib/h2-.*\.jar')" > "$WORK/h2.jar"
    # Only while the app is stopped (the file database has one owner).
    sql() { java -cp "$WORK/h2.jar" org.h2.tools.Shell -url "$H2_URL" -user sa -password "" -sql "$1" | sed -n 2p | tr -d ' '; }
    ;;
  *) echo "usage: suite.sh postgres|h2"; exit 1 ;;
esac
millis() { date +%s%3N; }
stop() { # pid what: stops a process the suite started and fails the run if it had died on its own
  local rc=0
  kill "$1" 2>/dev/null || { echo "$2 was no longer running: see its log in $WORK"; exit 1; }
  wait "$1" 2>/dev/null || rc=$?
  # 143 is the exit of a JVM stopped by SIGTERM, as kill sends it.
  [ "$rc" -eq 0 ] || [ "$rc" -eq 143 ] || { echo "$2 exited with $rc when stopped: see its log in $WORK"; exit 1; }
}
echo "== $(date -u) $KIND, uptime: $(uptime)" | tee "$WORK/uptime.txt"

echo "== generating $DEALS deals"
t0=$(millis)
java -Xmx1g -jar "$JAR" --server.port=$PORT "${DB_ARGS[@]}" --closewright.jobs.auto-start=false \
  --closewright.bench.deals=$DEALS --closewright.bench.exit=true > "$WORK/generate.log" 2>&1 && GEN_RC=0 || GEN_RC=$?
GEN_MS=$(( $(millis) - t0 ))
READY_LINE=$(grep -o 'Bench workspace ready: .*' "$WORK/generate.log" || true)
if [ "$GEN_RC" -ne 0 ] || [ -z "$READY_LINE" ]; then
  echo "generation failed (exit $GEN_RC), see $WORK/generate.log"; tail -30 "$WORK/generate.log"; exit 1
fi
LOAD_MS=$(sed -E 's/.*loadMillis=([0-9]+).*/\1/' <<<"$READY_LINE")
GEN_RECOMPUTE_MS=$(sed -E 's/.*totalMillis=([0-9]+).*/\1/' <<<"$READY_LINE")
echo "$READY_LINE"

WS=$(sql "SELECT workspace_id FROM app_user WHERE email = 'bench-admin@$DOMAIN'")
MANAGER=$(sql "SELECT id FROM app_user WHERE email = 'bench-manager-1@$DOMAIN'")
DEAL=$(sql "SELECT MIN(o.id) FROM opportunity o JOIN app_user u ON u.id = o.owner_id WHERE u.email = 'bench-rep-001@$DOMAIN' AND o.status = 'OPEN'")
if [ "$KIND" = postgres ]; then
  psql -h 127.0.0.1 -U postgres -d $DB -At -F ' ' -c "SELECT o.id, o.version, MIN(s.step_key) FROM opportunity o JOIN plan_step s ON s.close_plan_id = o.id AND s.done_on IS NULL WHERE o.status = 'OPEN' GROUP BY o.id, o.version ORDER BY o.id" > "$WORK/ids.tsv"
else
  java -cp "$WORK/h2.jar" org.h2.tools.Shell -url "$H2_URL" -user sa -password "" \
    -sql "CALL CSVWRITE('$WORK/ids.csv', 'SELECT o.id, o.version, MIN(s.step_key) FROM opportunity o JOIN plan_step s ON s.close_plan_id = o.id AND s.done_on IS NULL WHERE o.status = ''OPEN'' GROUP BY o.id, o.version ORDER BY o.id', 'writeColumnHeader=false')" >/dev/null
  tr -d '"' < "$WORK/ids.csv" | tr ',' ' ' > "$WORK/ids.tsv"
fi
export IDS_FILE=$WORK/ids.tsv
echo "workspace $WS, 50-rep manager $MANAGER, busy rep's deal $DEAL, $(wc -l < "$IDS_FILE") open deals"

echo "== limit: the trivial secured endpoint (bench/limit-app), kept running to be measured beside every row"
java -Xmx512m -jar "$LIMIT_JAR" --server.port=$LIMIT_PORT > "$WORK/limit.log" 2>&1 &
LIMIT=$!
for _ in $(seq 1 300); do curl -sf -o /dev/null -H 'Authorization: Bearer bench-limit-token' localhost:$LIMIT_PORT/api/me && break; sleep 0.2; done
wrk_run() { # name url script connections -> RESULT line (after a warm-up run unless WARM=0)
  local name=$1 url=$2 script=$3 conns=$4 threads=$THREADS
  [ "$conns" -lt "$threads" ] && threads=$conns
  # A 30 s timeout, so that slow answers count in the latency instead of as socket errors.
  if [ "${WARM:-1}" = 1 ]; then wrk -t$threads -c"$conns" -d"$WARMUP" --timeout 30s -s "$LUA_DIR/$script" "$url" > "$WORK/warm-$name.txt" 2>&1 || true; fi
  THREADS=$threads wrk -t$threads -c"$conns" -d"$DURATION" --timeout 30s --latency -s "$LUA_DIR/$script" "$url" > "$WORK/wrk-$name.txt" 2>&1 || true
  grep RESULT "$WORK/wrk-$name.txt" || echo "RESULT requests=0 rps=0 p50=0 p95=0 p99=0 errors=-1 status_errors=-1"
}
field() { sed -E "s/.* $1=([-0-9.]+).*/\1/" <<<"$2"; }
limit_run() { # name connections -> the limit's RESULT line, measured now for LIMIT_DURATION
  AUTH_NAME=Authorization AUTH_VALUE="Bearer bench-limit-token" WARM=0 DURATION=$LIMIT_DURATION \
    wrk_run "limit-$1" "http://localhost:$LIMIT_PORT/api/me" get.lua "$2"
}
AUTH_NAME=Authorization AUTH_VALUE="Bearer bench-limit-token" DURATION=$WARMUP WARM=0 \
  wrk_run limit-warm "http://localhost:$LIMIT_PORT/api/me" get.lua $CONNECTIONS > /dev/null
LIMIT_16=$(limit_run first $CONNECTIONS)
LIMIT_1=$(limit_run first-1 1)
echo "limit, $CONNECTIONS connections: $LIMIT_16"

echo "== start with -Xmx512m"
t0=$(millis)
java -Xmx512m -jar "$JAR" --server.port=$PORT "${DB_ARGS[@]}" --closewright.risk.recompute-interval=24h \
  --closewright.forecast.snapshot-interval=24h > "$WORK/app.log" 2>&1 &
APP=$!
until curl -sf -o /dev/null localhost:$PORT/actuator/health; do
  kill -0 $APP 2>/dev/null || { echo "the app died, see $WORK/app.log"; exit 1; }
  sleep 0.1
done
READY_MS=$(( $(millis) - t0 ))
echo "ready in $READY_MS ms"
cpu_ticks() { awk '{ print $14 + $15 }' /proc/$APP/stat; }
settle() { # waits until the jar used under 5% of a core for 15 s in a row (at most 10 min); prints the seconds.
  # 15 s is longer than the job scheduler polls (10 s): a shorter quiet spell can be the gap between two jobs.
  local prev cur quiet=0 waited=0
  prev=$(cpu_ticks)
  while [ $quiet -lt 15 ] && [ $waited -lt 600 ]; do
    sleep 1; waited=$(( waited + 1 )); cur=$(cpu_ticks)
    if [ $(( cur - prev )) -le 5 ]; then quiet=$(( quiet + 1 )); else quiet=0; fi
    prev=$cur
  done
  echo $waited
}
SETTLE_S=$(settle)
echo "idle $SETTLE_S s after ready (background catch-up of a just-generated workspace)"

token() { curl -sf -X POST localhost:$PORT/api/auth/token -H 'Content-Type: application/json' \
  -d "{\"email\":\"$1@$DOMAIN\",\"password\":\"$PASSWORD\"}" | sed -E 's/.*"token":"([^"]+)".*/\1/'; }
session() { # a signed-in web session's cookie header value
  local jar=$WORK/cookies-$1 csrf
  csrf=$(curl -sf -c "$jar" localhost:$PORT/login | sed -nE 's/.*name="_csrf" value="([^"]+)".*/\1/p' | head -1)
  curl -sf -o /dev/null -b "$jar" -c "$jar" -X POST localhost:$PORT/login \
    --data-urlencode "username=$1@$DOMAIN" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf"
  awk '$6 == "SESSION" { print "SESSION=" $7 }' "$jar"
}
declare -A AUTH=(
  [admin]="Bearer $(token bench-admin)" [rep]="Bearer $(token bench-rep-001)" [manager]="Bearer $(token bench-manager-1)"
  [admin-page]="$(session bench-admin)" [manager-page]="$(session bench-manager-1)")

declare -A RES LIM
N=$(wc -l < "$IDS_FILE")
# Each save script walks its own sixth of the open deals (warm-up and run apart, COUNT bounds each), so no
# deal is saved twice with the same version; a script that goes round its sixth keeps the versions it made.
declare -A OFFSET_OF=([save-patch]=$(( N / 6 )) [save-step]=$(( 3 * N / 6 )) [save-checkup]=$(( 4 * N / 6 )))
declare -A WARM_OFFSET_OF=([save-patch]=0 [save-step]=$(( 2 * N / 6 )) [save-checkup]=$(( 5 * N / 6 )))
while IFS=$'\t' read -r row who method path script status; do
  case $row in '#'*|'') continue ;; esac
  path=${path//\{deal\}/$DEAL}; path=${path//\{manager\}/$MANAGER}; path=${path//\{step\}/s01}
  [ "$script" = - ] && script=get.lua
  if [ "$row" = recompute ]; then continue; fi
  conns=$CONNECTIONS; [ "$row" = forecast ] && conns=1
  if [[ $who == *-page ]]; then name=Cookie; accept=text/html; else name=Authorization; accept=application/json; fi
  echo "== $row: $method $path ($script, $conns connections)"
  LIM[$row]=$(limit_run "$row" "$conns")
  warm_offset=${WARM_OFFSET_OF[$row]:-0}
  if [ "$script" != get.lua ] && [ "$script" != rotate.lua ]; then
    AUTH_NAME=$name AUTH_VALUE="${AUTH[$who]}" ACCEPT=$accept OFFSET=$warm_offset COUNT=$(( N / 6 )) WARM=0 DURATION=$WARMUP \
      wrk_run "warm-$row" "http://localhost:$PORT$path" "$script" "$conns" > /dev/null
    RES[$row]=$(AUTH_NAME=$name AUTH_VALUE="${AUTH[$who]}" ACCEPT=$accept OFFSET=${OFFSET_OF[$row]:-0} COUNT=$(( N / 6 )) WARM=0 \
      wrk_run "$row" "http://localhost:$PORT$path" "$script" "$conns")
  else
    RES[$row]=$(AUTH_NAME=$name AUTH_VALUE="${AUTH[$who]}" ACCEPT=$accept OFFSET=0 \
      wrk_run "$row" "http://localhost:$PORT$path" "$script" "$conns")
  fi
  echo "${RES[$row]}"
done < bench/http/requests.tsv
LIM[me]=$(limit_run me $CONNECTIONS)
ME=$(AUTH_NAME=Authorization AUTH_VALUE="${AUTH[admin]}" wrk_run me "http://localhost:$PORT/api/me" get.lua $CONNECTIONS)
echo "GET /api/me of the same jar: $ME"

echo "== whole-workspace recompute over HTTP (risk of every open deal with its plan projected, then a snapshot)"
recompute() {
  local t0 t1
  t0=$(millis)
  curl -sf -X POST localhost:$PORT/api/risks/recompute -H "Authorization: ${AUTH[admin]}" > "$WORK/recompute.json"
  curl -sf -X POST localhost:$PORT/api/forecast/snapshots -H "Authorization: ${AUTH[admin]}" \
    -H 'Content-Type: application/json' -d "{\"teamOf\": $(sql_me)}" > /dev/null
  t1=$(millis)
  echo $(( t1 - t0 ))
}
sql_me() { curl -sf localhost:$PORT/api/me -H "Authorization: ${AUTH[admin]}" | sed -E 's/.*"id":([0-9]+).*/\1/'; }
# Measured twice, like the plain SELECTs it is compared with: the first run also pays for loading and compiling
# its code; the second is the figure.
RECOMPUTE_FIRST_MS=$(recompute)
echo "recompute, first: $RECOMPUTE_FIRST_MS ms ($(cat "$WORK/recompute.json"))"
RECOMPUTE_MS=$(recompute)
echo "recompute: $RECOMPUTE_MS ms ($(cat "$WORK/recompute.json"))"

jcmd $APP GC.run > /dev/null
HEAP_KB=$(jcmd $APP GC.heap_info | sed -nE 's/.*total [0-9]+K, used ([0-9]+)K.*/\1/p' | head -1)
echo "heap used after load and a full GC: $(( HEAP_KB / 1024 )) MB of 512"

plain_select_ms() { # the rows the recompute reads, with plain SELECTs
  if [ "$KIND" = postgres ]; then
    psql -h 127.0.0.1 -U postgres -d $DB -v ws="$WS" -f bench/http/plain-reads-risk.sql | sed -nE 's/^Time: ([0-9.]+) ms.*/\1/p' \
      | awk '{ s += $1 } END { printf "%d", s }'
  else
    grep -v '^\\' bench/http/plain-reads-risk.sql | sed "s/:ws/$WS/g" > "$WORK/plain.sql"
    echo "SELECT 1;" > "$WORK/one.sql"
    local a b c
    a=$(millis); java -cp "$WORK/h2.jar" org.h2.tools.RunScript -url "$H2_URL" -user sa -script "$WORK/one.sql" > /dev/null
    b=$(millis); java -cp "$WORK/h2.jar" org.h2.tools.RunScript -url "$H2_URL" -user sa -script "$WORK/plain.sql" > /dev/null
    c=$(millis); echo $(( (c - b) - (b - a) ))
  fi
}
if [ "$KIND" = postgres ]; then plain_select_ms > /dev/null; PLAIN_MS=$(plain_select_ms); fi
stop "$APP" Closewright; APP=""
stop "$LIMIT" "the limit app"; LIMIT=""
if [ "$KIND" = h2 ]; then plain_select_ms > /dev/null; PLAIN_MS=$(plain_select_ms); fi
echo "plain SELECTs of the same rows: $PLAIN_MS ms"

# The table: row, figure, limit, ratio, target, verdict.
verdict() { awk -v a="$1" -v b="$2" 'BEGIN { print ((a + 0 <= b + 0) ? "pass" : "falls short") }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "-"; else printf "%.2f", a / b }'; }
lat_row() { # title row target_ms
  local r=${RES[$2]} p95 err v
  p95=$(field p95 "$r"); err=$(field errors "$r")
  v=$(verdict "$p95" "$3"); [ "$err" != 0 ] && v="falls short ($err errors)"
  [ "$(field requests "$r")" = 0 ] && v="no answer within the run"
  local l=${LIM[$2]}
  echo "| $1 | p95 $p95 ms, $(field rps "$r") req/s | p95 $(field p95 "$l") ms, $(field rps "$l") req/s | $(ratio "$p95" "$(field p95 "$l")") | p95 < $3 ms | $v |"
}
{
  echo "# Benchmark suite, $KIND, $(date -u +%F)"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; $(cat "$WORK/uptime.txt" | sed 's/^== //')."
  echo "Command: \`bench/http/suite.sh $KIND\` (DEALS=$DEALS, wrk 2 threads, $CONNECTIONS connections, $DURATION after a $WARMUP warm-up)."
  echo "Limit: bench/limit-app \`GET /api/me\` (trivial Boot endpoint behind the same security chain shape), measured for $LIMIT_DURATION"
  echo "right before each row with that row's connections (the limit column). Before Closewright started: $CONNECTIONS connections"
  echo "$(field rps "$LIMIT_16") req/s, p95 $(field p95 "$LIMIT_16") ms; 1 connection p95 $(field p95 "$LIMIT_1") ms."
  echo "Start: ready in $(awk -v a="$READY_MS" 'BEGIN { printf "%.1f", a / 1000 }') s, then idle after $SETTLE_S s more (the rules, reminders and listeners catching up on the new workspace); rows measured after that."
  echo "Generation: $DEALS deals in $(( GEN_MS / 1000 )) s wall (inserts $(( LOAD_MS / 1000 )) s, recompute $(( GEN_RECOMPUTE_MS / 1000 )) s, the rest JVM start and migrations)."
  echo
  echo "| row | figure | limit | ratio | target | verdict |"
  echo "| --- | --- | --- | --- | --- | --- |"
  lat_row "focus list, rep with 500 open deals (\`GET /api/focus\`)" focus 50
  lat_row "pipeline board page (\`GET /pipeline\`, manager)" board 150
  lat_row "opportunity page (\`GET /opportunities/{id}\`)" deal-page 150
  lat_row "deal list API (\`GET /api/opportunities?size=50\`)" deal-list-api 150
  lat_row "deal list page (\`GET /opportunities\`)" deal-list-page 150
  lat_row "save: PATCH opportunity (If-Match)" save-patch 30
  lat_row "save: complete a plan step" save-step 30
  lat_row "save: record a checkup" save-checkup 30
  r=${RES[get-by-id]}; l=${LIM[get-by-id]}
  echo "| \`GET /api/opportunities/{id}\`, bearer token, rotating ids | $(field rps "$r") req/s (p95 $(field p95 "$r") ms) | $(field rps "$l") req/s | $(ratio "$(field rps "$r")" "$(field rps "$l")") | at least 0.25 of the limit | $(awk -v a="$(field rps "$r")" -v b="$(field rps "$l")" 'BEGIN { print (a >= 0.25 * b ? "pass" : "falls short") }') |"
  r=${RES[search]}; l=${LIM[search]}
  echo "| search (\`GET /api/search?q=Logistics\`) | p95 $(field p95 "$r") ms, $(field rps "$r") req/s | p95 $(field p95 "$l") ms | $(ratio "$(field p95 "$r")" "$(field p95 "$l")") | none in PERFORMANCE.md | - |"
  rs=$(awk -v a="$RECOMPUTE_MS" 'BEGIN { printf "%.1f", a / 1000 }')
  rv=$(awk -v a="$RECOMPUTE_MS" -v b="$PLAIN_MS" 'BEGIN { print (a < 10000 && a <= 3 * b ? "pass" : "falls short") }')
  echo "| whole-workspace recompute (\`POST /api/risks/recompute\` + \`POST /api/forecast/snapshots\`) | $rs s (first run $(awk -v a="$RECOMPUTE_FIRST_MS" 'BEGIN { printf "%.1f", a / 1000 }') s) | plain SELECT $PLAIN_MS ms | $(ratio "$RECOMPUTE_MS" "$PLAIN_MS") | < 10 s and at most 3x | $rv |"
  r=${RES[forecast]}; l=${LIM[forecast]}
  echo "| forecast, 50-rep team, 10,000 trials (\`GET /api/forecast?teamOf=\`, 1 client) | p95 $(field p95 "$r") ms | p95 $(field p95 "$l") ms | $(ratio "$(field p95 "$r")" "$(field p95 "$l")") | < 300 ms | $([ "$(field requests "$r")" = 0 ] && echo "no answer within the run" || verdict "$(field p95 "$r")" 300) |"
  sv=$(verdict "$READY_MS" 10000); [ "$KIND" = postgres ] && sv="$sv (target is for H2)"
  echo "| start-up with -Xmx512m (java -jar to first healthy answer) | $(awk -v a="$READY_MS" 'BEGIN { printf "%.1f", a / 1000 }') s | - | - | < 10 s on H2 | $sv |"
  hv=pass; grep -q OutOfMemoryError "$WORK/app.log" && hv="falls short (OutOfMemoryError in the log)"
  echo "| heap after load and a full GC, -Xmx512m | $(( HEAP_KB / 1024 )) MB | 512 MB | $(ratio "$HEAP_KB" 524288) | served with -Xmx512m | $hv |"
  echo "| \`GET /api/me\` of the same jar (for reference) | $(field rps "$ME") req/s, p95 $(field p95 "$ME") ms | $(field rps "${LIM[me]}") req/s | $(ratio "$(field rps "$ME")" "$(field rps "${LIM[me]}")") | - | - |"
  echo
  echo "CSV import: measured by the import benchmark when bench/README.md documents its command; not run here."
} | tee "$OUT"
echo "== written to $OUT"

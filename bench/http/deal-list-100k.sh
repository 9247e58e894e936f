#!/usr/bin/env bash
# Per-request overhead and the deal list over a 100,000-deal workspace on PostgreSQL (issue 14, ADR 0020),
# each beside the same run's limit: bench/limit-app (Spring Boot + Spring Security with Closewright's chain
# shape, an in-memory token, no database). Needs PostgreSQL on 127.0.0.1:5432 (user postgres), wrk, the
# built jar (`mvn package -DskipTests` in the project root) and the limit app (`cd bench/limit-app && mvn -q
# -B package`). Prints wrk's lines; copy the figures to RESULTS.md. About six minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=${DB:-cw_bench_list}
PORT=${PORT:-8099}
LIMIT_PORT=${LIMIT_PORT:-8098}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-16}
psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
CLOSEWRIGHT_ADMIN_EMAIL=bench@bench.example CLOSEWRIGHT_ADMIN_PASSWORD=bench-password-1 \
  java -Xmx512m -jar target/closewright-0.1.0-SNAPSHOT.jar --server.port=$PORT > /tmp/cw-bench-list-app.log 2>&1 &
APP=$!
java -Xmx256m -jar bench/limit-app/target/limit-app.jar --server.port=$LIMIT_PORT > /tmp/cw-bench-limit-app.log 2>&1 &
LIMIT=$!
trap 'for p in $APP $LIMIT; do if kill -0 $p 2>/dev/null; then kill $p; fi; done' EXIT
for _ in $(seq 1 120); do curl -sf localhost:$PORT/actuator/health >/dev/null && break; sleep 1; done
WS=$(psql -h 127.0.0.1 -U postgres -d $DB -Atc "SELECT workspace_id FROM app_user WHERE email = 'bench@bench.example'")
psql -h 127.0.0.1 -U postgres -d $DB -q -v ws="$WS" -f bench/http/seed-100k.sql
TOKEN=$(curl -s -X POST localhost:$PORT/api/auth/token -H 'Content-Type: application/json' \
  -d '{"email":"bench@bench.example","password":"bench-password-1"}' | sed -E 's/.*"token":"([^"]+)".*/\1/')
DEAL=$(psql -h 127.0.0.1 -U postgres -d $DB -Atc "SELECT id FROM opportunity ORDER BY id LIMIT 1 OFFSET 500")
REP=$(psql -h 127.0.0.1 -U postgres -d $DB -Atc "SELECT owner_id FROM opportunity WHERE id = $DEAL")
load() { # name url token
  echo "== $1"
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/http/p95.lua -H "Authorization: Bearer $3" "$2" \
    | grep -E 'Requests/sec|^ +(50|90|99)%|p95|Non-2xx|Socket errors' | tr -s ' ' | tr '\n' ' '
  echo
}
uptime
# warm both JVMs (the JIT compiler gets little CPU on a loaded machine)
wrk -t2 -c"$CONNECTIONS" -d10s -H "Authorization: Bearer bench-limit-token" "http://127.0.0.1:$LIMIT_PORT/api/me" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d10s -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/opportunities?size=50" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d10s -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/opportunities/$DEAL" >/dev/null
load "limit: bench/limit-app GET /api/me" "http://127.0.0.1:$LIMIT_PORT/api/me" bench-limit-token
load "GET /api/me" "http://127.0.0.1:$PORT/api/me" "$TOKEN"
load "GET /api/opportunities/{id}" "http://127.0.0.1:$PORT/api/opportunities/$DEAL" "$TOKEN"
for q in "size=50" "size=50&status=OPEN" "size=50&status=OPEN&ownerId=$REP" "size=50&sort=NAME" \
         "size=50&sort=ACCOUNT&direction=desc" "size=50&sort=OWNER" "size=50&sort=AMOUNT&direction=desc" \
         "size=50&sort=UPDATED&direction=desc" "size=50&sort=STAGE"; do
  load "GET /api/opportunities?$q" "http://127.0.0.1:$PORT/api/opportunities?$q" "$TOKEN"
done
load "limit again: bench/limit-app GET /api/me" "http://127.0.0.1:$LIMIT_PORT/api/me" bench-limit-token
uptime

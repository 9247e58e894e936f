#!/usr/bin/env bash
# The focus list of a rep with 500 open deals in the 100,000-deal workspace, on PostgreSQL, measured with wrk
# (16 connections) beside the same run's trivial secured endpoint (GET /api/me). Target (PERFORMANCE.md):
# GET /api/focus p95 under 50 ms, 0 errors. Needs what search-100k.sh needs (bench/README.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=cw_bench_focus
PORT=${PORT:-8099}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-16}
psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
CLOSEWRIGHT_ADMIN_EMAIL=bench@bench.example CLOSEWRIGHT_ADMIN_PASSWORD=bench-password-1 \
  java -Xmx512m -jar target/closewright-0.1.0-SNAPSHOT.jar --server.port=$PORT --closewright.jobs.enabled=false \
  > /tmp/cw-bench-focus.log 2>&1 &
APP=$!
trap 'if kill -0 $APP 2>/dev/null; then kill $APP; fi' EXIT
for _ in $(seq 1 120); do curl -sf localhost:$PORT/actuator/health >/dev/null && break; sleep 1; done
WS=$(psql -h 127.0.0.1 -U postgres -d $DB -Atc "SELECT workspace_id FROM app_user WHERE email = 'bench@bench.example'")
psql -h 127.0.0.1 -U postgres -d $DB -q -v ws="$WS" -f bench/http/seed-100k.sql
psql -h 127.0.0.1 -U postgres -d $DB -q -v ws="$WS" -f bench/http/seed-focus.sql
REP=$(psql -h 127.0.0.1 -U postgres -d $DB -Atc "SELECT id FROM app_user WHERE email = 'bench-rep-1@bench.example'")
psql -h 127.0.0.1 -U postgres -d $DB -Atc "SELECT 'open deals of the rep: ' || count(*) FROM opportunity WHERE owner_id = $REP AND status = 'OPEN'"
TOKEN=$(curl -s -X POST localhost:$PORT/api/auth/token -H 'Content-Type: application/json' \
  -d '{"email":"bench@bench.example","password":"bench-password-1"}' | sed -E 's/.*"token":"([^"]+)".*/\1/')
# The admin reads the rep's list (?userId=): the same queries as the rep's own, visibility included.
echo "== focus sample"; curl -s "localhost:$PORT/api/focus?userId=$REP" -H "Authorization: Bearer $TOKEN" | head -c 400; echo
echo "== GET /api/me (trivial secured endpoint)"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/me"
echo "== GET /api/focus?userId=<rep with 500 open deals>"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/focus?userId=$REP"

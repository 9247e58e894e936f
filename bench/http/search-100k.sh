#!/usr/bin/env bash
# Search over a 100,000-deal workspace on PostgreSQL, measured with wrk against the same run's trivial
# secured endpoint (GET /api/me). Needs: PostgreSQL on 127.0.0.1:5432 (user postgres), wrk, a built jar
# (`mvn package` in the project root, see bench/README.md). Prints wrk's output; copy the figures to RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=cw_bench_search
PORT=${PORT:-8099}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-16}
psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
CLOSEWRIGHT_ADMIN_EMAIL=bench@bench.example CLOSEWRIGHT_ADMIN_PASSWORD=bench-password-1 \
  java -Xmx512m -jar target/closewright-0.1.0-SNAPSHOT.jar --server.port=$PORT > /tmp/cw-bench-app.log 2>&1 &
APP=$!
trap 'if kill -0 $APP 2>/dev/null; then kill $APP; fi' EXIT
for _ in $(seq 1 120); do curl -sf localhost:$PORT/actuator/health >/dev/null && break; sleep 1; done
WS=$(psql -h 127.0.0.1 -U postgres -d $DB -Atc "SELECT workspace_id FROM app_user WHERE email = 'bench@bench.example'")
time psql -h 127.0.0.1 -U postgres -d $DB -q -v ws="$WS" -f bench/http/seed-100k.sql
psql -h 127.0.0.1 -U postgres -d $DB -Atc "SELECT 'opportunities: ' || count(*) FROM opportunity"
TOKEN=$(curl -s -X POST localhost:$PORT/api/auth/token -H 'Content-Type: application/json' \
  -d '{"email":"bench@bench.example","password":"bench-password-1"}' | sed -E 's/.*"token":"([^"]+)".*/\1/')
echo "== search sample"; curl -s "localhost:$PORT/api/search?q=robotics" -H "Authorization: Bearer $TOKEN" | head -c 300; echo
echo "== GET /api/me (trivial secured endpoint)"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/me"
echo "== GET /api/search?q=robo (100,000 deals, 20,000 accounts, 20,000 contacts)"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/search?q=robo"
echo "== GET /api/search?q=3f2 (a fragment inside names and emails)"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/search?q=3f2"

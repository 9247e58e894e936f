#!/usr/bin/env bash
# The whole-workspace risk recompute over 100,000 deals and 1,200,000 plan steps on PostgreSQL, against
# plain SELECTs of the same rows in the same run. Needs PostgreSQL on 127.0.0.1:5432 (user postgres) and a
# built jar (`mvn -DskipTests package` in the project root). Prints both timings; copy them to RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=cw_bench_risk
PORT=${PORT:-8098}
psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
CLOSEWRIGHT_ADMIN_EMAIL=bench@bench.example CLOSEWRIGHT_ADMIN_PASSWORD=bench-password-1 \
  java -Xmx512m -jar target/closewright-0.1.0-SNAPSHOT.jar --server.port=$PORT --closewright.risk.recompute-interval=24h \
  > /tmp/cw-bench-risk.log 2>&1 &
APP=$!
trap 'if kill -0 $APP 2>/dev/null; then kill $APP; fi' EXIT
for _ in $(seq 1 120); do curl -sf localhost:$PORT/actuator/health >/dev/null && break; sleep 1; done
WS=$(psql -h 127.0.0.1 -U postgres -d $DB -Atc "SELECT workspace_id FROM app_user WHERE email = 'bench@bench.example'")
psql -h 127.0.0.1 -U postgres -d $DB -q -v ws="$WS" -f bench/http/seed-100k.sql
psql -h 127.0.0.1 -U postgres -d $DB -q -v ws="$WS" -f bench/http/seed-risk-100k.sql
psql -h 127.0.0.1 -U postgres -d $DB -Atc "SELECT 'open deals: ' || count(*) FROM opportunity WHERE status = 'OPEN'" \
  -c "SELECT 'plan steps: ' || count(*) FROM plan_step"
TOKEN=$(curl -s -X POST localhost:$PORT/api/auth/token -H 'Content-Type: application/json' \
  -d '{"email":"bench@bench.example","password":"bench-password-1"}' | sed -E 's/.*"token":"([^"]+)".*/\1/')
echo "== plain SELECTs of the same rows"
psql -h 127.0.0.1 -U postgres -d $DB -v ws="$WS" -f bench/http/plain-reads-risk.sql
for run in first second; do
  echo "== POST /api/risks/recompute ($run run: the first writes every row, the second only changes)"
  curl -s -X POST localhost:$PORT/api/risks/recompute -H "Authorization: Bearer $TOKEN"; echo
done

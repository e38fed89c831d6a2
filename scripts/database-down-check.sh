#!/usr/bin/env bash
# Database-down check: runs the packaged app against a MariaDB instance of its own (its datadir under
# target/db-down, its own port; the shared server on 3306 is never touched), kills that database, and shows
#   1. pages answer 503 with a friendly page within a few seconds, and many at once do not hang,
#   2. /q/health/ready goes DOWN,
#   3. an answer sent while the database is down is refused clearly and not stored, not even in part,
#   4. everything recovers by itself once the database is back: readiness UP, the same login works,
#      and the same answer is then taken.
# Needs mariadbd and mariadb-install-db (Debian: mariadb-server), curl, and Java 17. Exit status 0 = all passed.
set -euo pipefail
cd "$(dirname "$0")/.."

DB_PORT=${DB_DOWN_DB_PORT:-3417}
APP_PORT=${DB_DOWN_APP_PORT:-8097}
DIR=$PWD/target/db-down
JAR=target/quarkus-app/quarkus-run.jar
APP="http://127.0.0.1:$APP_PORT"
HR="hr@down.example:down-check-password"
failures=0

say() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }
check() { # check <description> <condition...>
  local what=$1; shift
  if "$@"; then say "PASS  $what"; else say "FAIL  $what"; failures=$((failures + 1)); fi
}
sql() { mariadb --no-defaults --socket="$DIR/db.sock" -uroot -N -e "$1" twoway_down; }

start_db() {
  mariadbd --no-defaults --user="$(id -un)" --datadir="$DIR/data" --port="$DB_PORT" --bind-address=127.0.0.1 \
    --socket="$DIR/db.sock" --pid-file="$DIR/db.pid" --log-error="$DIR/db.log" --innodb-buffer-pool-size=32M \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci &
  DB_PID=$!
  for _ in $(seq 1 100); do
    mariadb-admin --no-defaults --socket="$DIR/db.sock" -uroot ping >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  say "the database did not start; see $DIR/db.log"; exit 2
}

cleanup() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "${DB_PID:-}" ] && kill "$DB_PID" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT

if [ ! -f "$JAR" ]; then
  say "building the app (./mvnw package -DskipTests)"
  ./mvnw -B -q package -DskipTests
fi

rm -rf "$DIR" && mkdir -p "$DIR/data"
mariadb-install-db --no-defaults --user="$(id -un)" --datadir="$DIR/data" --auth-root-authentication-method=normal \
  --skip-test-db >"$DIR/install.log" 2>&1
start_db
say "database up on port $DB_PORT (pid $DB_PID)"

TWOWAY_DB_HOST=127.0.0.1 TWOWAY_DB_PORT=$DB_PORT TWOWAY_DB_NAME=twoway_down \
TWOWAY_DB_JDBC_OPTIONS="&createDatabaseIfNotExist=true&connectTimeout=2000&socketTimeout=10000" \
TWOWAY_DB_USER=root TWOWAY_DB_PASSWORD= \
TWOWAY_SESSION_KEY=database-down-check-session-key-0123456789 \
TWOWAY_ANONYMITY_KEY=database-down-check-anonymity-key-0123456789 \
TWOWAY_ADMIN_EMAIL=hr@down.example TWOWAY_ADMIN_PASSWORD=down-check-password \
TWOWAY_BASE_URL="$APP" QUARKUS_HTTP_PORT=$APP_PORT \
  java -jar "$JAR" >"$DIR/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 150); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$APP/q/health/ready")" = 200 ] && break
  sleep 0.2
done
say "app up on port $APP_PORT (pid $APP_PID)"

api() { curl -s -u "$HR" -H 'Content-Type: application/json' -d "$2" "$APP$1"; }
api /api/v1/teams '{"name":"Support"}' >/dev/null
api /api/v1/employees '{"email":"ann@down.example","name":"Ann","team":"Support"}' >/dev/null
api /api/v1/tiers '{"name":"Gold","entitledHours":10,"description":"Gold"}' >/dev/null
api /api/v1/customers '{"ref":"C1","name":"Acme","tier":"Gold","email":"acme@down.example"}' >/dev/null
CYCLE=$(api /api/v1/cycles '{"name":"Q1","startsOn":"2026-01-01","endsOn":"2026-12-31"}' | sed 's/.*"id":\([0-9]*\).*/\1/')
api "/api/v1/cycles/$CYCLE/open" '' >/dev/null
TOKEN=$(api "/api/v1/cycles/$CYCLE/links" '{"customer":"C1","employee":"ann@down.example"}' | sed 's#.*/f/\([A-Za-z0-9_-]*\).*#\1#')

# HR signs in and a customer opens the form while all is well.
curl -s -c "$DIR/hr.cookies" -o /dev/null "$APP/login"
CSRF=$(awk '$6 == "twoway_csrf" {print $7}' "$DIR/hr.cookies")
curl -s -b "$DIR/hr.cookies" -c "$DIR/hr.cookies" -o /dev/null \
  --data-urlencode "csrf=$CSRF" --data-urlencode email=hr@down.example --data-urlencode password=down-check-password "$APP/login"
curl -s -c "$DIR/customer.cookies" -o /dev/null "$APP/f/$TOKEN"
CUSTOMER_CSRF=$(awk '$6 == "twoway_csrf" {print $7}' "$DIR/customer.cookies")
answer() {
  curl -s -b "$DIR/customer.cookies" -o "$DIR/answer.html" -w '%{http_code} %{time_total}\n' \
    --data-urlencode "csrf=$CUSTOMER_CSRF" -d responsiveness=5 -d solved=4 -d promises=3 -d company=4 \
    -d firstContact=CHANNEL --data-urlencode "comment=Sent while the database was down" "$APP/f/$TOKEN"
}
page() { curl -s -b "$DIR/hr.cookies" -o "$DIR/page.html" -w '%{http_code} %{time_total}\n' "$APP$1"; }

read -r status seconds < <(page /hr/cycles)
check "with the database up, HR's cycles page answers 200 ($status in ${seconds}s)" test "$status" = 200
check "with the database up, readiness is UP" test "$(curl -s -o /dev/null -w '%{http_code}' "$APP/q/health/ready")" = 200

say "killing the database (SIGKILL, pid $DB_PID)"
kill -9 "$DB_PID"; wait "$DB_PID" 2>/dev/null || true; DB_PID=

read -r status seconds < <(page /hr/cycles)
check "HR's cycles page answers 503 ($status in ${seconds}s)" test "$status" = 503
check "... within 6 seconds" awk "BEGIN { exit !($seconds < 6) }"
check "... with a friendly page" grep -q "Twoway cannot reach its database just now" "$DIR/page.html"
check "... that reveals nothing internal" bash -c "! grep -qi 'exception\|jdbc\|sql' '$DIR/page.html'"

start=$(date +%s.%N)
for i in $(seq 1 40); do curl -s -o "$DIR/many-$i.out" -w '%{http_code}\n' -b "$DIR/hr.cookies" "$APP/hr/employees" & done >"$DIR/many.codes"
wait $(jobs -p | grep -v "^$APP_PID$") 2>/dev/null || true
elapsed=$(echo "$(date +%s.%N) - $start" | bc)
check "40 pages at once all answer 503 ($(sort "$DIR/many.codes" | uniq -c | tr -s ' ' | tr '\n' ' ') in ${elapsed}s: no hung threads)" \
  test "$(grep -c '^503$' "$DIR/many.codes")" = 40

ready=$(curl -s -w ' %{http_code} %{time_total}' "$APP/q/health/ready")
check "readiness goes DOWN (${ready##*\} })" bash -c "[[ '$ready' == *'\"DOWN\"'* && '$ready' == *' 503 '* ]]"
check "liveness stays UP" test "$(curl -s -o /dev/null -w '%{http_code}' "$APP/q/health/live")" = 200
check "the login page still opens" test "$(curl -s -o /dev/null -w '%{http_code}' "$APP/login")" = 200

status=$(curl -s -o "$DIR/form.html" -w '%{http_code}' "$APP/f/$TOKEN")
check "the customer's form answers 503 ($status)" test "$status" = 503
check "... with the friendly page" grep -q "Twoway cannot reach its database just now" "$DIR/form.html"
read -r status seconds < <(answer)
check "an answer sent while the database is down is refused: $status in ${seconds}s" test "$status" = 503
check "... saying clearly that nothing was saved" grep -q "Nothing was saved" "$DIR/answer.html"

say "starting the database again"
start_db
back=$(date +%s.%N)
for _ in $(seq 1 150); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$APP/q/health/ready")" = 200 ] && break
  sleep 0.2
done
recovered=$(echo "$(date +%s.%N) - $back" | bc)
check "readiness is UP again by itself (${recovered}s after the database)" \
  test "$(curl -s -o /dev/null -w '%{http_code}' "$APP/q/health/ready")" = 200
check "the answer sent during the outage was not stored, not even in part" \
  test "$(sql "SELECT COUNT(*) FROM customer_rating") $(sql "SELECT COUNT(*) FROM feedback_link WHERE used_at IS NOT NULL")" = "0 0"
read -r status seconds < <(page /hr/cycles)
check "HR's same login opens the cycles page again ($status in ${seconds}s)" test "$status" = 200
read -r status seconds < <(answer)
check "the same answer, sent again, is taken ($status)" test "$status" = 200
check "... and stored once" test "$(sql "SELECT COUNT(*) FROM customer_rating")" = 1

if [ "$failures" -eq 0 ]; then say "database-down check passed"; else say "database-down check: $failures failed"; fi
exit "$failures"

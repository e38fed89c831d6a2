#!/usr/bin/env bash
# Imports a generated effort CSV (100,000 rows by default) into a running Twoway through HR's import
# pages, as a person would (sign in, upload, preview, confirm, watch the progress page), and prints
# how long each step took. Not a test and not part of ./mvnw verify.
#
# It adds data: run it against a dev or bench instance and its database, never production.
# The employees, customers and open cycle that the file names are created with SQL first.
#
#   BASE_URL     the running app               (default http://localhost:8080)
#   HR_EMAIL     an HR account of that app     (default hr@demo.example)
#   HR_PASSWORD                                (default demo-password)
#   BENCH_DB     the app's database            (default twoway)
#   MYSQL        the client command            (default: mysql -h 127.0.0.1 -u root)
#   ROWS         rows in the file              (default 100000)
#   PEOPLE, CUSTOMERS   distinct employees and customers it names (default 200 and 500)
#   CYCLE        the id of an open cycle to import into (default: a new open cycle)
set -euo pipefail

BASE_URL=${BASE_URL:-http://localhost:8080}
HR_EMAIL=${HR_EMAIL:-hr@demo.example}
HR_PASSWORD=${HR_PASSWORD:-demo-password}
BENCH_DB=${BENCH_DB:-twoway}
MYSQL=${MYSQL:-mysql -h 127.0.0.1 -u root}
ROWS=${ROWS:-100000}
PEOPLE=${PEOPLE:-200}
CUSTOMERS=${CUSTOMERS:-500}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run="bench-$(date +%s)"
sql() { $MYSQL --batch --skip-column-names "$BENCH_DB" -e "$1"; }
now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

echo "Creating $PEOPLE employees, $CUSTOMERS customers$([[ -n "${CYCLE:-}" ]] && echo " for cycle $CYCLE" || echo " and the open cycle $run") in $BENCH_DB ..."
{
  echo "INSERT INTO team (name) VALUES ('$run');"
  echo "INSERT INTO service_tier (name, entitled_hours, description) VALUES ('$run', 40, 'Benchmark tier');"
  echo "INSERT INTO employee (email, name, team_id) VALUES"
  for ((i = 1; i <= PEOPLE; i++)); do
    printf "('%s-e%d@bench.example', 'Bench employee %d', (SELECT id FROM team WHERE name = '%s'))%s\n" \
      "$run" "$i" "$i" "$run" "$([[ $i -lt $PEOPLE ]] && echo , || echo ';')"
  done
  echo "INSERT INTO customer (ref, name, tier_id) VALUES"
  for ((i = 1; i <= CUSTOMERS; i++)); do
    printf "('%s-C%d', 'Bench customer %d', (SELECT id FROM service_tier WHERE name = '%s'))%s\n" \
      "$run" "$i" "$i" "$run" "$([[ $i -lt $CUSTOMERS ]] && echo , || echo ';')"
  done
  if [[ -z "${CYCLE:-}" ]]; then
    echo "INSERT INTO review_cycle (name, starts_on, ends_on, state, opened_at)"
    echo "  VALUES ('$run', CURRENT_DATE, CURRENT_DATE + INTERVAL 90 DAY, 'open', CURRENT_TIMESTAMP(3));"
  fi
} > "$work/fixtures.sql"
$MYSQL "$BENCH_DB" < "$work/fixtures.sql"
cycle=${CYCLE:-$(sql "SELECT id FROM review_cycle WHERE name = '$run'")}

echo "Writing $ROWS rows to effort.csv ..."
awk -v rows="$ROWS" -v people="$PEOPLE" -v customers="$CUSTOMERS" -v run="$run" 'BEGIN {
  print "employee_email,customer_ref,hours"
  for (i = 0; i < rows; i++)
    printf "%s-e%d@bench.example,%s-C%d,%.2f\n", run, i % people + 1, run, (i * 7) % customers + 1, (i % 40 + 1) / 4
}' > "$work/effort.csv"
ls -lh "$work/effort.csv" | awk '{ print "  " $5 }'

jar="$work/cookies"
token() { awk '$6 == "twoway_csrf" { print $7 }' "$jar"; }
curl -sf -c "$jar" -b "$jar" -o /dev/null "$BASE_URL/login"
curl -sf -c "$jar" -b "$jar" -o /dev/null --data-urlencode "email=$HR_EMAIL" --data-urlencode "password=$HR_PASSWORD" \
  --data-urlencode "csrf=$(token)" "$BASE_URL/login"
curl -sf -c "$jar" -b "$jar" -o /dev/null "$BASE_URL/hr/cycles/$cycle/effort/import"

echo "Uploading and checking the file ..."
start=$(now)
curl -sf -c "$jar" -b "$jar" -o "$work/preview.html" -F "csrf=$(token)" -F "file=@$work/effort.csv;type=text/csv" \
  "$BASE_URL/hr/cycles/$cycle/effort/import"
checked=$(now)
confirm=$(grep -oE "/hr/cycles/$cycle/effort/import/[A-Za-z0-9_-]{43}" "$work/preview.html" | head -1)
if [[ -z "$confirm" ]]; then
  echo "The preview offers no import; see $work/preview.html" >&2
  trap - EXIT
  exit 1
fi

echo "Importing ..."
job=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' --data-urlencode "csrf=$(token)" "$BASE_URL$confirm")
while curl -sf -b "$jar" "$job" > "$work/progress.html" && grep -q 'http-equiv="refresh"' "$work/progress.html"; do
  sleep 0.2
done
done=$(now)

result=$(grep -oE '(Imported [^<]*|[^>]*Nothing was imported\.)' "$work/progress.html" | head -1)
stored=$(sql "SELECT COUNT(*) FROM effort_entry e JOIN employee p ON p.id = e.employee_id
  WHERE e.cycle_id = $cycle AND p.email LIKE '$run-%'")
echo
echo "  app says:          $result"
echo "  rows in database:  $stored"
echo "  upload and check:  $(seconds "$start" "$checked") s"
echo "  import:            $(seconds "$checked" "$done") s"
echo "  total:             $(seconds "$start" "$done") s for $ROWS rows"
[[ "$stored" == "$ROWS" ]]

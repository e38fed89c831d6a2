#!/usr/bin/env bash
# The benchmark harness: measures Twoway's hot paths against this machine's own limits and prints them
# as a table, which it also writes into docs/benchmarks.md. Not a test and not part of ./mvnw verify.
#
#   bench/run.sh [quick|full] [--reuse] [--answers]
#
# It installs wrk and sysbench (Debian packages) when missing, builds the app, starts it in its
# production profile against a fresh database (default twoway_bench, DROPPED first) on 127.0.0.1,
# loads generated data (full: the scoring issue's 1,000 employees, 20,000 customers, 1,000,000
# ratings, 200,000 effort entries, 20,000 pain reports and 200,000 follow-ups; quick: a tenth), and measures, each for a
# bounded time: the customer's form, complete answers, the cycle report and HR's report pages, the
# 100,000-row effort import, start-up and memory. Beside them, sysbench measures the same MariaDB's
# point-select and single-row insert-with-commit rates, and each app figure is printed against them.
# --reuse keeps the database of an earlier run of the same size (its open cycle's answers are reset).
# --answers measures only the stored answers (after start-up and the answers' warm-up), to compare builds:
# its table is printed, not written into docs/benchmarks.md. The answers' mix is bench/lua/answer.lua's:
# one in five opens a follow-up, and the table counts the follow-ups the measured answers opened.
#
# Needs: Java 17, MariaDB or MySQL on 127.0.0.1:3306 (user root, no password; BENCH_MYSQL overrides
# the client command), and about 2 GB of disk under target/. BENCH_PROFILE=1 also profiles the app's CPU
# (async-profiler, from Maven Central) during the measured form and answer loads, into target/bench/profile-*.
# Settings: BENCH_DB, BENCH_PORT (8084),
# BENCH_JAVA_OPTS (-Xmx192m -XX:+UseSerialGC), BENCH_SECONDS (per load test; quick 8, full 20).
set -euo pipefail
cd "$(dirname "$0")/.."

MODE=${1:-quick}
REUSE=false
ONLY_ANSWERS=false
for option in "${@:2}"; do
  case "$option" in
    --reuse) REUSE=true ;;
    --answers) ONLY_ANSWERS=true ;;
    *) echo "usage: bench/run.sh [quick|full] [--reuse] [--answers]" >&2; exit 2 ;;
  esac
done
case "$MODE" in
  quick) SCALES=("Bench warm-up:0.01" "Bench 10%:0.01" "Bench 30%:0.03" "Bench 100%:0.1"); OPEN_LINKS=40000; SECONDS_EACH=${BENCH_SECONDS:-8} ;;
  full) SCALES=("Bench warm-up:0.05" "Bench 10%:0.1" "Bench 30%:0.3" "Bench 100%:1.0"); OPEN_LINKS=150000; SECONDS_EACH=${BENCH_SECONDS:-20} ;;
  *) echo "usage: bench/run.sh [quick|full] [--reuse] [--answers]" >&2; exit 2 ;;
esac
DB=${BENCH_DB:-twoway_bench}
SYSBENCH_DB=${DB}_sysbench
PORT=${BENCH_PORT:-8084}
BASE=http://127.0.0.1:$PORT
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx192m -XX:+UseSerialGC}
MYSQL=${BENCH_MYSQL:-$(command -v mariadb || command -v mysql) -h 127.0.0.1 -u root}
HR_EMAIL=bench-hr@bench.example
HR_PASSWORD=bench-hr-password
WORK=target/bench
LOG=$WORK/app.log
COMMAND="bench/run.sh $*"
STARTED=$(date +%s)
mkdir -p "$WORK"

sql() { $MYSQL --batch --skip-column-names "$@"; }
load() { cut -d' ' -f1 /proc/loadavg; }
note() { printf '\n== %s (load %s)\n' "$*" "$(load)"; }

# ---- Tools -----------------------------------------------------------------------------------------
missing=()
for tool in wrk sysbench; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  note "Installing ${missing[*]}"
  as_root=(); [ "$(id -u)" = 0 ] || as_root=(sudo)
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# ---- The app -----------------------------------------------------------------------------------------
APP=
stop_app() {
  if [ -n "$APP" ]; then
    kill "$APP" 2>/dev/null || true
    wait "$APP" 2>/dev/null || true
    APP=
  fi
}
trap stop_app EXIT
trap 'exit 130' INT TERM

# Starts the packaged app in its production profile and waits until it is ready; sets READY_MS.
start_app() {
  local began
  if curl -s -o /dev/null "$BASE/"; then
    echo "Something already listens on port $PORT; stop it or set BENCH_PORT." >&2
    exit 1
  fi
  began=$(date +%s%N)
  TWOWAY_DB_HOST=127.0.0.1 TWOWAY_DB_NAME=$DB \
  TWOWAY_SESSION_KEY=bench-session-key-bench-session-key-0123 \
  TWOWAY_ANONYMITY_KEY=bench-anonymity-key-bench-anonymity-key-01 \
  TWOWAY_ADMIN_EMAIL=$HR_EMAIL TWOWAY_ADMIN_PASSWORD=$HR_PASSWORD \
  TWOWAY_BASE_URL=$BASE QUARKUS_HTTP_PORT=$PORT QUARKUS_HTTP_HOST=127.0.0.1 \
  TWOWAY_FEEDBACK_RATE_LIMIT_ENABLED=false \
  QUARKUS_LOG_CATEGORY__ORG_TWOWAY_REPORTS__LEVEL=DEBUG \
    bash -c 'cd target/quarkus-app && exec java "$@" -XX:SharedArchiveFile=app-cds.jsa -jar quarkus-run.jar' app $JAVA_OPTS \
    >> "$LOG" 2>&1 &
  APP=$!
  for _ in $(seq 1 1200); do
    if curl -sf -o /dev/null "$BASE/q/health/ready"; then
      READY_MS=$(( ($(date +%s%N) - began) / 1000000 ))
      return
    fi
    kill -0 "$APP" 2>/dev/null || break
    sleep 0.02
  done
  echo "The app did not start; see $LOG" >&2
  exit 1
}

note "Building the app"
# With the class-data-sharing archive Quarkus writes at build time (app-cds.jsa): classes load from it at start.
./mvnw -B -q -DskipTests package -Dquarkus.package.jar.appcds.enabled=true
: > "$LOG"

# ---- Data --------------------------------------------------------------------------------------------
if [ "$REUSE" = true ] && [ "$(cat "$WORK/data.mode" 2>/dev/null)" = "$MODE" ] && [ -s "$WORK/tokens.txt" ] \
    && sql -e "USE $DB" 2>/dev/null; then
  note "Reusing $DB; resetting the open cycle's answers"
  open=$(sql "$DB" -e "SELECT id FROM review_cycle WHERE name = 'Bench open'")
  sql "$DB" -e "DELETE e FROM follow_up_event e JOIN follow_up f ON f.id = e.follow_up_id WHERE f.cycle_id = $open;
    DELETE FROM follow_up WHERE cycle_id = $open; DELETE FROM customer_rating WHERE cycle_id = $open;
    UPDATE feedback_link SET used_at = NULL WHERE cycle_id = $open; DELETE FROM effort_entry WHERE cycle_id = $open"
else
  if [ "$(sql -e 'SELECT @@local_infile')" != 1 ]; then
    echo "The data is loaded with LOAD DATA LOCAL INFILE, which this server refuses (local_infile is off)." >&2
    echo "Allow it for the run, as root: SET GLOBAL local_infile = 1;" >&2
    exit 1
  fi
  note "Creating $DB and its schema"
  rm -f "$WORK/data.mode"
  sql -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  start_app
  stop_app
  note "Generating data ($MODE)"
  began=$(date +%s%N)
  java bench/BenchData.java "$WORK/data" "$OPEN_LINKS" "${SCALES[@]}"
  $MYSQL --local-infile=1 "$DB" < "$WORK/data/load.sql"
  sql "$DB" -e "ANALYZE TABLE feedback_link, customer_rating, effort_entry, pain_report, customer, employee, follow_up" > /dev/null
  GENERATED_S=$(awk -v ns=$(( $(date +%s%N) - began )) 'BEGIN { printf "%.1f", ns / 1e9 }')
  echo "generated and loaded in $GENERATED_S s"
  mv "$WORK/data/tokens.txt" "$WORK/tokens.txt"
  rm -rf "$WORK/data"
  echo "$MODE" > "$WORK/data.mode"
fi
OPEN=$(sql "$DB" -e "SELECT id FROM review_cycle WHERE name = 'Bench open'")

# ---- Results -----------------------------------------------------------------------------------------
ROWS=()
# row MEASURE RESULT LIMIT RATIO TARGET MET
row() { ROWS+=("| $1 | $2 | $3 | $4 | $5 | $6 | $(load) |"); }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
# met VALUE OP BOUND: "yes" or "**no**"
met() { awk -v v="$1" -v op="$2" -v b="$3" 'BEGIN { ok = op == ">=" ? v >= b : v < b; print ok ? "yes" : "**no**" }'; }
field() { grep -o "$1=[^ ]*" <<< "$2" | cut -d= -f2; }
# CPU time a process has used so far, in ms: load-independent, so per request it compares runs on a busy machine.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$1/stat"; }
app_cpu_ms() { cpu_ms "$APP"; }
# The database server's CPU, when it runs on this machine (else 0): the other half of each request's cost.
DB_PID=$(pgrep -x mariadbd || pgrep -x mysqld || true); DB_PID=${DB_PID%%$'\n'*}
db_cpu_ms() { if [ -n "$DB_PID" ]; then cpu_ms "$DB_PID"; else echo 0; fi; }
# Waits, 90 s at most, until the machine is idle (under 10% busy for a second): after the bulk load and
# sysbench's inserts, the database merges and flushes, and the kernel writes back, in the background for a
# while, and would compete with what is measured next.
busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat; }
settle() {
  local before after waited=0
  while [ "$waited" -lt 90 ]; do
    before=$(busy_ticks); sleep 1; waited=$((waited + 1)); after=$(busy_ticks)
    awk -v a="$before" -v b="$after" 'BEGIN { split(a, x, " "); split(b, y, " ");
      exit !((y[1] - x[1]) < 0.1 * (y[2] - x[2])) }' && break
  done
  echo "the machine was idle after $waited s"
}

# BENCH_PROFILE=1: async-profiler samples the app's CPU (1 ms) while a measured load runs; the collapsed
# stacks go to target/bench/profile-NAME.collapsed and their top frames (bench/top-frames.sh) beside them.
PROFILER=
if [ "${BENCH_PROFILE:-}" = 1 ]; then
  ./mvnw -B -q dependency:copy -Dartifact=tools.profiler:async-profiler:4.2 -DoutputDirectory="$WORK"
  (cd "$WORK" && jar xf async-profiler-4.2.jar linux-x64/libasyncProfiler.so)
  PROFILER=$PWD/$WORK/linux-x64/libasyncProfiler.so
fi
profile() {
  [ -n "$PROFILER" ] || return 0
  if [ "$1" = start ]; then
    java bench/Attach.java "$APP" "$PROFILER" start,event=cpu,interval=1ms
  else
    java bench/Attach.java "$APP" "$PROFILER" "stop,file=$PWD/$WORK/profile-$2.collapsed,collapsed"
    bench/top-frames.sh "$WORK/profile-$2.collapsed" 40 > "$WORK/profile-$2.txt"
    echo "profile: $WORK/profile-$2.txt"
  fi
}
per() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }

# ---- The machine's own limits: sysbench on the same database server -----------------------------------
INSERTS=0
settle
if [ "$ONLY_ANSWERS" = false ]; then
note "The machine's limits: sysbench on $SYSBENCH_DB, same server"
sql -e "DROP DATABASE IF EXISTS $SYSBENCH_DB; CREATE DATABASE $SYSBENCH_DB"
SB=(sysbench --db-driver=mysql --mysql-host=127.0.0.1 --mysql-user=root --mysql-db="$SYSBENCH_DB" --tables=1 --table-size=100000)
"${SB[@]}" oltp_point_select prepare > /dev/null
qps() { grep -o 'queries: *[0-9]* *([0-9.]* per sec' | grep -o '([0-9.]*' | tr -d '('; }
sb_p99() { grep -o '99th percentile: *[0-9.]*' | grep -o '[0-9.]*$'; }
out=$("${SB[@]}" --threads=32 --time="$SECONDS_EACH" --percentile=99 oltp_point_select run)
POINT_SELECT=$(qps <<< "$out"); POINT_P99=$(sb_p99 <<< "$out")
echo "oltp_point_select, 32 threads: $POINT_SELECT/s, p99 $POINT_P99 ms"
out=$("${SB[@]}" --threads=16 --time="$SECONDS_EACH" --percentile=99 oltp_insert run)
INSERTS=$(qps <<< "$out"); INSERT_P99=$(sb_p99 <<< "$out")
echo "oltp_insert (one row, autocommit), 16 threads: $INSERTS/s, p99 $INSERT_P99 ms"
sql -e "DROP DATABASE $SYSBENCH_DB"
row "sysbench oltp_point_select, 32 threads" "$(printf "%.0f" "$POINT_SELECT")/s, p99 $POINT_P99 ms" "" "" "" ""
row "sysbench oltp_insert (one row, commit), 16 threads" "$(printf "%.0f" "$INSERTS")/s, p99 $INSERT_P99 ms" "" "" "" ""
settle
fi

# ---- 5. Start-up ---------------------------------------------------------------------------------------
note "Starting the app on the loaded database"
start_app
READY_CPU_MS=$(app_cpu_ms)
echo "ready in $READY_MS ms, having used $READY_CPU_MS ms of CPU"
row "start-up to ready" "$READY_MS ms (app CPU $READY_CPU_MS ms)" "" "" "< 3000 ms" "$(met "$READY_MS" "<" 3000)"

# ---- 1. The customer's form ----------------------------------------------------------------------------
# A fifth of the open links is kept for the warm-up's answers; the measured loads use the rest.
OPEN_LINKS_LOADED=$(wc -l < "$WORK/tokens.txt")
head -n $(( OPEN_LINKS_LOADED * 4 / 5 )) "$WORK/tokens.txt" > "$WORK/measured-tokens.txt"
tail -n +$(( OPEN_LINKS_LOADED * 4 / 5 + 1 )) "$WORK/tokens.txt" > "$WORK/warm-up-tokens.txt"
tokens=$(wc -l < "$WORK/measured-tokens.txt")
# The JIT compiler needs tens of seconds on two cores to settle a path; what is measured is the settled app.
if [ "$ONLY_ANSWERS" = false ]; then
note "Warm-up: the form at 32 connections and answers at 16, $((SECONDS_EACH * 2)) s each"
WRK_THREADS=2 wrk -t2 -c32 -d$((SECONDS_EACH * 2))s -s bench/lua/form.lua "$BASE" -- "$WORK/measured-tokens.txt" > /dev/null
else
note "Warm-up: answers at 16 connections, $((SECONDS_EACH * 2)) s"
fi
WRK_THREADS=16 wrk -t16 -c16 -d$((SECONDS_EACH * 2))s -s bench/lua/answer.lua "$BASE" -- "$WORK/warm-up-tokens.txt" > /dev/null
for connections in 4 32; do
  [ "$ONLY_ANSWERS" = false ] || break
  note "GET /f/{token}: $connections connections, $SECONDS_EACH s, $tokens distinct tokens"
  WRK_THREADS=2 wrk -t2 -c$connections -d3s -s bench/lua/form.lua "$BASE" -- "$WORK/measured-tokens.txt" > /dev/null
  [ "$connections" = 32 ] && profile start
  cpu=$(app_cpu_ms); db=$(db_cpu_ms)
  out=$(WRK_THREADS=2 wrk -t2 -c$connections -d${SECONDS_EACH}s --timeout 5s -s bench/lua/form.lua "$BASE" -- "$WORK/measured-tokens.txt" | grep RESULT)
  cpu=$(per $(( $(app_cpu_ms) - cpu )) "$(field requests "$out")"); db=$(per $(( $(db_cpu_ms) - db )) "$(field requests "$out")")
  [ "$connections" = 32 ] && profile stop form
  echo "$out app_cpu_ms_per_request=$cpu db_cpu_ms_per_request=$db"
  GET_RPS[$connections]=$(field rps "$out")
  GET_P99[$connections]=$(field p99_ms "$out")
  errors=$(( $(field non2xx "$out") + $(field socket_errors "$out") ))
  r=$(ratio "${GET_RPS[$connections]}" "$POINT_SELECT")
  target=""; verdict=""
  if [ "$connections" = 32 ]; then
    target=">= 8000 req/s, p99 < 20 ms, >= 0.30 of point selects"
    verdict=$(awk -v rps="${GET_RPS[32]}" -v p99="${GET_P99[32]}" -v r="$r" -v e="$errors" \
      'BEGIN { print rps >= 8000 && p99 < 20 && r >= 0.3 && e == 0 ? "yes" : "**no**" }')
  fi
  row "GET /f/{token}, $connections connections" \
    "$(printf "%.0f" "${GET_RPS[$connections]}") req/s, p50 $(field p50_ms "$out") ms, p99 ${GET_P99[$connections]} ms, $errors errors; CPU a request: app $cpu ms, database $db ms" \
    "$(printf "%.0f" "$POINT_SELECT") point selects/s" "$r" "$target" "$verdict"
done

# ---- 2. Complete answers ------------------------------------------------------------------------------
note "Answers: GET the form, POST the answers, 16 connections, $SECONDS_EACH s"
before=$(sql "$DB" -e "SELECT COUNT(*) FROM customer_rating WHERE cycle_id = $OPEN")
used_before=$(sql "$DB" -e "SELECT COUNT(*) FROM feedback_link WHERE cycle_id = $OPEN AND used_at IS NOT NULL")
follow_ups_before=$(sql "$DB" -e "SELECT COUNT(*) FROM follow_up WHERE cycle_id = $OPEN")
profile start
cpu=$(app_cpu_ms); db=$(db_cpu_ms)
out=$(WRK_THREADS=16 wrk -t16 -c16 -d${SECONDS_EACH}s --timeout 5s -s bench/lua/answer.lua "$BASE" -- "$WORK/measured-tokens.txt" | grep RESULT)
cpu=$(per $(( $(app_cpu_ms) - cpu )) "$(field thanks "$out")"); db=$(per $(( $(db_cpu_ms) - db )) "$(field thanks "$out")")
profile stop answers
echo "$out app_cpu_ms_per_answer=$cpu db_cpu_ms_per_answer=$db"
stored=$(( $(sql "$DB" -e "SELECT COUNT(*) FROM customer_rating WHERE cycle_id = $OPEN") - before ))
used=$(( $(sql "$DB" -e "SELECT COUNT(*) FROM feedback_link WHERE cycle_id = $OPEN AND used_at IS NOT NULL") - used_before ))
follow_ups=$(( $(sql "$DB" -e "SELECT COUNT(*) FROM follow_up WHERE cycle_id = $OPEN") - follow_ups_before ))
thanks=$(field thanks "$out")
ANSWERS=$(field answers_per_s "$out")
ANSWER_P99=$(field post_p99_ms "$out")
# wrk stops with answers in flight: up to one per connection is stored but never thanked. None is lost
# when every thanked answer is stored, and every stored one used its link.
lost=$(( thanks > stored ? thanks - stored : 0 ))
[ "$used" = "$stored" ] || lost=$(( lost + (used > stored ? used - stored : stored - used) ))
echo "thanked $thanks, stored $stored, links used $used, follow-ups opened $follow_ups, exhausted tokens $(field exhausted "$out") times"
[ "$(field exhausted "$out")" = 0 ] || echo "WARNING: ran out of open links; raise OPEN_LINKS" >&2
r=$(ratio "$ANSWERS" "$INSERTS")
limit="$(printf "%.0f" "$INSERTS") inserts with commit/s"
[ "$ONLY_ANSWERS" = false ] || { limit="not measured (--answers)"; r=""; }
verdict=$(awk -v a="$ANSWERS" -v p="$ANSWER_P99" -v r="$r" -v lost="$lost" \
  'BEGIN { print a >= 2000 && p < 50 && r >= 0.5 && lost == 0 ? "yes" : "**no**" }')
row "stored answers (GET the form, POST it), 16 connections" \
  "$(printf "%.0f" "$ANSWERS")/s, POST p50 $(field post_p50_ms "$out") ms, p99 $ANSWER_P99 ms; $thanks thanked, $stored stored, $lost lost, $follow_ups follow-ups opened ($(per $((follow_ups * 100)) "$stored")%); CPU an answer (GET + POST): app $cpu ms, database $db ms" \
  "$limit" "$r" ">= 2000/s, p99 < 50 ms, none lost, >= 0.50 of inserts" "$verdict"

if [ "$ONLY_ANSWERS" = false ]; then
# ---- 3. The cycle report and HR's report pages ------------------------------------------------------
note "Cycle reports"
jar=$WORK/cookies
csrf() { awk '$6 == "twoway_csrf" { print $7 }' "$jar"; }
rm -f "$jar"
curl -sf -c "$jar" -b "$jar" -o /dev/null "$BASE/login"
curl -sf -c "$jar" -b "$jar" -o /dev/null --data-urlencode "email=$HR_EMAIL" --data-urlencode "password=$HR_PASSWORD" \
  --data-urlencode "csrf=$(csrf)" "$BASE/login"
# seconds URL [curl options]: prints the time of one request, or "-" unless it answered 200
seconds() {
  local url=$1; shift
  curl -s -o "$WORK/page" -w '%{http_code} %{time_total}\n' "$@" "$url" | awk '{ print $1 == 200 ? $2 : "-" }'
}
median() { tr ' ' '\n' | awk '$1 != "-"' | sort -g | awk '{ a[NR] = $1 } END { print NR ? a[int((NR + 1) / 2)] : "-" }'; }
repeated() { local times=(); for _ in 1 2 3 4 5; do times+=("$(seconds "$@")"); done; echo "${times[@]}" | median; }
ms() { [ "$1" = "-" ] && echo "not available" || awk -v s="$1" 'BEGIN { printf "%.0f ms", s * 1000 }'; }
PAGES=("report:dashboard" "employees/1:scorecard" "teams/1:team page" "processes/1:process page" "customers/1:customer page")
# Asked of the warm-up cycle: the open cycle's pages would compute the last closed cycle's report (its
# trend needs it) before that report is timed.
WARM_UP=$(sql "$DB" -e "SELECT id FROM review_cycle WHERE name = '${SCALES[0]%%:*}'")
for page in "${PAGES[@]}"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$BASE/hr/cycles/$WARM_UP/${page%%:*}")
  [ "$status" = 200 ] || echo "${page#*:} /hr/cycles/{id}/${page%%:*}: not available (HTTP $status)"
done
REPORT_TIMES=()
for scale in "${SCALES[@]}"; do
  name=${scale%%:*}
  id=$(sql "$DB" -e "SELECT id FROM review_cycle WHERE name = '$name'")
  ratings=$(sql "$DB" -e "SELECT COUNT(*) FROM customer_rating WHERE cycle_id = $id")
  first=$(seconds "$BASE/api/v1/cycles/$id/report" -u "$HR_EMAIL:$HR_PASSWORD")
  size=$(stat -c %s "$WORK/page")
  # The API takes HTTP Basic only, so each kept request also checks the password with bcrypt (about 100 ms).
  kept=$(repeated "$BASE/api/v1/cycles/$id/report" -u "$HR_EMAIL:$HR_PASSWORD")
  inside=$(grep -o "Cycle $id reported in [0-9]* ms: loading [0-9]* ms, scoring [0-9]* ms" "$LOG" | tail -1 | sed 's/.*: //')
  echo "$name: $ratings ratings; JSON report first $(ms "$first") ($inside, $((size / 1024)) kB), kept, with HTTP Basic, $(ms "$kept")"
  pages=""
  for page in "${PAGES[@]}"; do
    t=$(repeated "$BASE/hr/cycles/$id/${page%%:*}" -b "$jar")
    echo "  ${page#*:}: $(ms "$t")"
    pages+="${page#*:} $(ms "$t"); "
  done
  [ "$name" = "Bench warm-up" ] && continue
  REPORT_TIMES+=("$ratings:$first")
  row "report, $name ($ratings ratings)" "JSON first $(ms "$first") ($inside), kept, with HTTP Basic, $(ms "$kept"); ${pages%; }" "" "" \
    "$([ "$ratings" -ge 1000000 ] && echo "< 1000 ms" || echo "")" "$([ "$ratings" -ge 1000000 ] && met "$first" "<" 1 || echo "")"
done
growth=$(printf '%s\n' "${REPORT_TIMES[@]}" | awk -F: 'NR == 1 { r = $1; t = $2 } END { printf "%.2f", ($2 / t) / ($1 / r) }')
row "report growth, 10% to 100%" "time grew $growth x as fast as the ratings" "" "" "<= 1.0 (linear)" "$(met "$growth" "<" 1.2)"

# ---- 4. Effort import ---------------------------------------------------------------------------------
note "Effort CSV import, 100,000 rows"
out=$(BASE_URL=$BASE HR_EMAIL=$HR_EMAIL HR_PASSWORD=$HR_PASSWORD BENCH_DB=$DB MYSQL="$MYSQL" CYCLE=$OPEN ROWS=100000 \
  bench/effort-import.sh)
echo "$out"
import_total=$(grep -o 'total: *[0-9.]*' <<< "$out" | grep -o '[0-9.]*$')
row "effort import, 100,000 rows" "$import_total s in all ($(grep -o 'upload and check: *[0-9.]* s' <<< "$out" | sed 's/: */ /'), $(grep -o 'import: *[0-9.]* s' <<< "$out" | sed 's/: */ /'))" \
  "" "" "< 5 s" "$(met "$import_total" "<" 5)"
fi

RSS_MB=$(( $(ps -o rss= -p "$APP") / 1024 ))
row "resident memory after the load" "$RSS_MB MB (java $JAVA_OPTS)" "" "" "< 400 MB" "$(met "$RSS_MB" "<" 400)"
stop_app

# ---- The table ------------------------------------------------------------------------------------------
versions="$(java -version 2>&1 | head -1); $(sql -e 'SELECT VERSION()'); Quarkus $(grep -o '<quarkus.platform.version>[^<]*' pom.xml | cut -d'>' -f2); $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2); $(sysbench --version)"
machine="$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM"
table=$(
  echo "Run of $(date -u '+%Y-%m-%d %H:%M UTC'), \`$COMMAND\`, $(( $(date +%s) - STARTED )) s in all."
  echo "Machine: $machine; load average at the end $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Versions: $versions."
  echo "Data: ${SCALES[*]} (scale 1.0 = 1,000,000 ratings); $OPEN_LINKS_LOADED open links.${GENERATED_S:+ Generated and loaded in $GENERATED_S s.}"
  echo
  echo "| measure | result | the machine's limit | ratio | target | met | load (1 min) |"
  echo "| --- | --- | --- | --- | --- | --- | --- |"
  printf '%s\n' "${ROWS[@]}"
)
printf '\n%s\n' "$table"

if [ -n "$PROFILER" ]; then
  echo "Not written to docs/benchmarks.md: the profiler slowed this run down."
  exit 0
fi
if [ "$ONLY_ANSWERS" = true ]; then
  echo "Not written to docs/benchmarks.md: --answers measures the answers alone."
  exit 0
fi
begin="<!-- bench/run.sh $MODE: begin -->"
end="<!-- bench/run.sh $MODE: end -->"
doc=docs/benchmarks.md
if ! grep -qF "$begin" "$doc"; then
  printf '\n## Latest `bench/run.sh %s`\n\n%s\n%s\n' "$MODE" "$begin" "$end" >> "$doc"
fi
awk -v begin="$begin" -v end="$end" -v table="$table" '
  $0 == begin { print; print table; skip = 1; next }
  $0 == end { skip = 0 }
  !skip { print }' "$doc" > "$doc.new" && mv "$doc.new" "$doc"
echo "Written to $doc."

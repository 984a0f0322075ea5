#!/usr/bin/env bash
# The outsider's trial of a running OrgGraph (issue 10, "Tried as an outsider would"), reproducible:
#
#   DATA_DIR=/tmp/trial-data-1 VIEWER=trial.viewer VIEWER_PW_FILE=/tmp/viewer.pw \
#     bash docs/outsider-trial.sh http://localhost:8184
#
# Part 1, without credentials: every path, method and protocol; only health may answer (without details).
# Part 2, as a logged-in VIEWER: the worst requests one can send, one at a time, then 20 at once. For each: the HTTP
# status, the GraphQL error codes (or "data"), the wall time and the JVM's heap (jstat of the app's process: used
# before, highest sample while it ran, after; G1, in MB).
# Needs bash, curl, jq, jstat (the JDK) on the app's machine. Env: DATA_DIR (the app's data dir, for the admin
# password and the Bolt port), VIEWER and VIEWER_PW_FILE (a VIEWER user, `user add NAME --role VIEWER
# --password-file FILE`), PID (the app's JVM; default: the process listening on the base URL's port),
# JAR (for the Bolt check, default target/orggraph.jar), MAX_TIME (curl's limit per request, default 180 s).
set -u
BASE=${1:-http://localhost:8080}
DATA_DIR=${DATA_DIR:-./data}
JAR=${JAR:-target/orggraph.jar}
MAX_TIME=${MAX_TIME:-180}
PORT=${BASE##*:}
PORT=${PORT%%/*}
PID=${PID:-$(ss -ltnpH "sport = :$PORT" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)}
BOLT_PORT=${BOLT_PORT:-$(cat "$DATA_DIR/bolt-port" 2>/dev/null || echo 7687)}
VIEWER_AUTH="${VIEWER:-viewer}:$(cat "${VIEWER_PW_FILE:-/dev/null}" 2>/dev/null)"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
FAILED=0

# Heap used in MB (S0U + S1U + EU + OU of jstat -gc).
heap() { jstat -gc "$PID" 2>/dev/null | awk 'NR == 2 { printf "%d", ($3 + $4 + $6 + $8) / 1024 }'; }
# Samples the heap every 200 ms into $1 until the file $2 exists.
sample() { while [ ! -e "$2" ]; do heap >> "$1"; echo >> "$1"; sleep 0.2; done; }

# ---- Part 1: without credentials

# anon METHOD PATH [curl options...]: one request without credentials, its status and whether that is allowed.
anon() {
  local method=$1 path=$2
  shift 2
  local status
  status=$(curl -s -o "$WORK/body" -w '%{http_code}' --max-time 10 -X "$method" "$@" "$BASE$path")
  local verdict=refused
  case "$status" in
    401 | 403 | 405 | 421) ;;
    302) grep -q . "$WORK/body" && verdict="refused (to login)" || verdict="refused (to login)" ;;
    101 | 2*) verdict=ANSWERS ;;
    *) verdict="refused ($status)" ;;
  esac
  case "$path" in
    /actuator/health | /actuator/health/liveness | /actuator/health/readiness)
      if [ "$status" = 200 ]; then
        verdict="health: $(head -c 160 "$WORK/body")"
        grep -q '"details"\|"components".*"db\|diskSpace\|neo4j' "$WORK/body" && { verdict="DETAILS: $verdict"; FAILED=1; }
      fi ;;
    /login | /login/login.css) [ "$status" = 200 ] && verdict="login page (open by design)" ;;
    *) [ "$verdict" = ANSWERS ] && FAILED=1 ;;
  esac
  printf '| %s %s %s | %s | %s |\n' "$method" "$path" "$*" "$status" "$verdict"
}

echo "## Without credentials ($BASE, $(date -u +%FT%TZ), load $(uptime | sed 's/.*average: //'))"
echo
echo "| request | HTTP | verdict |"
echo "|---|---|---|"
Q='{"query":"{ cities { id name } }"}'
for path in / /graphiql /browser/ /browser/index.html /explore /dashboard /login /login/login.css \
  /actuator /actuator/health /actuator/health/liveness /actuator/health/readiness /actuator/health/neo4j \
  /actuator/info /actuator/metrics /actuator/metrics/jvm.memory.used /actuator/prometheus /actuator/env \
  /actuator/beans /actuator/configprops /actuator/heapdump /actuator/threaddump /actuator/loggers \
  /actuator/mappings /actuator/shutdown /api/export /api/export?format=json /api/import /error /nonexistent \
  "/graphql?query=%7Bcities%7Bid%7D%7D"; do
  anon GET "$path"
done
anon GET / -H 'Accept: application/json'
anon GET /explore -H 'Accept: text/html'
anon POST /graphql -H 'Content-Type: application/json' --data "$Q"
anon POST /graphql -H 'Content-Type: application/json' --data '{"query":"{ __schema { types { name } } }"}'
anon POST /graphql -H 'Content-Type: application/json' -H 'Authorization: Basic YWRtaW46YWRtaW4=' --data "$Q"
anon POST /graphql -H 'Content-Type: application/json' -H 'Authorization: Bearer e30.e30.x' --data "$Q"
anon POST /graphql -H 'Content-Type: application/json' -H 'Accept: text/event-stream' -N \
  --data '{"query":"subscription { changes { cursor } }"}'
anon GET /graphql -H 'Connection: Upgrade' -H 'Upgrade: websocket' -H 'Sec-WebSocket-Version: 13' \
  -H 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==' -H 'Sec-WebSocket-Protocol: graphql-transport-ws'
anon POST /api/import -F "files=@/dev/null;filename=Street.csv" -F dryRun=true
anon POST /api/export
anon POST /actuator/shutdown
anon POST /login --data 'username=admin&password=admin'
anon PUT /graphql -H 'Content-Type: application/json' --data "$Q"
anon DELETE /graphql
anon OPTIONS /graphql -H 'Origin: http://evil.example' -H 'Access-Control-Request-Method: POST'
anon GET / -H 'Host: evil.example'
# Bolt and its WebSocket on the Bolt port: HTTP gets nothing, a driver without credentials (auth "none") and with a
# guessed password is refused.
bolt_http=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$BOLT_PORT/" || true)
echo "| GET http://127.0.0.1:$BOLT_PORT/ (Bolt port) | $bolt_http | $([ "${bolt_http:-000}" = 000 ] && echo refused || echo "not a page") |"
if [ -f "$JAR" ]; then
  for auth in none guessed; do
    if [ $auth = none ]; then user=(--spring.neo4j.authentication.username=); else user=(); fi
    out=$(SPRING_NEO4J_AUTHENTICATION_PASSWORD=neo4j timeout 120 java -jar "$JAR" cypher -e 'MATCH (n) RETURN count(n)' \
      --spring.neo4j.uri="bolt://127.0.0.1:$BOLT_PORT" --orggraph.embedded.enabled=false "${user[@]}" 2>&1 | tail -3 | tr '\n' ' ')
    case "$out" in *nauthorized* | *uthentication* | *credentials* | *refused* ) v=refused ;; *) v="ANSWERS?"; FAILED=1 ;; esac
    echo "| Bolt bolt://127.0.0.1:$BOLT_PORT, auth $auth, MATCH (n) RETURN count(n) | - | $v: $(echo "$out" | cut -c1-140) |"
  done
fi
echo

# ---- Part 2: as VIEWER

# gql NAME BODY_FILE: one POST /graphql as VIEWER; prints a table row.
gql() {
  local name=$1 file=$2 done="$WORK/done.$RANDOM"
  local before peak after started ended status codes
  : > "$WORK/samples"
  before=$(heap)
  sample "$WORK/samples" "$done" &
  started=$(date +%s.%N)
  status=$(curl -s -u "$VIEWER_AUTH" -o "$WORK/answer" -w '%{http_code}' --max-time "$MAX_TIME" \
    -H 'Content-Type: application/json' --data-binary "@$file" "$BASE/graphql")
  ended=$(date +%s.%N)
  touch "$done"
  wait
  after=$(heap)
  peak=$(sort -n "$WORK/samples" | tail -1)
  codes=$(jq -r 'if type == "array" then "batch?" else
      ([.errors[]?.extensions.code] | unique | join(",")) as $c
      | (if $c == "" then "data" else $c end) + (if .extensions.cost then " cost \(.extensions.cost)" else "" end) end' \
      "$WORK/answer" 2>/dev/null || echo "not JSON: $(head -c 60 "$WORK/answer")")
  printf '| %s | %s | %s | %.1f | %s | %s | %s | %s |\n' "$name" "$status" "$codes" "$(echo "$ended - $started" | bc)" \
    "$before" "${peak:-?}" "$after" "$(wc -c < "$WORK/answer")"
  case "$status" in 5* | 000) FAILED=1 ;; esac
}

# q NAME QUERY [VARIABLES_JSON]: a request from a document.
q() {
  local v=${3:-}
  [ -n "$v" ] || v='{}'
  jq -n --arg q "$2" --argjson v "$v" '{query: $q, variables: $v}' > "$WORK/body.json"
  gql "$1" "$WORK/body.json"
}

nest() { # nest N: people → partyOrganization → members, N levels
  local d="name" i
  for ((i = 0; i < $1; i++)); do d="partyOrganization { members(first: 100) { nodes { name $d } } }"; done
  echo "{ people(first: 100) { nodes { $d } } }"
}

echo "## As VIEWER (${VIEWER:-viewer}), one request at a time (PID $PID, load $(uptime | sed 's/.*average: //'))"
echo
echo "| request | HTTP | answer (codes, cost) | s | heap before MB | peak MB | after MB | bytes |"
echo "|---|---|---|---|---|---|---|---|"
q "cities (baseline)" '{ cities { id name } }'
q "depth-12 nesting people→organization→members" "$(nest 6)"
q "neighborhood depth 12" '{ neighborhood(id: "city:heshan", depth: 12, limit: 500) { truncated nodes { id } } }'
q "neighborhood street:shaping depth 3 limit 500" \
  '{ neighborhood(id: "street:shaping", depth: 3, limit: 500) { truncated nodes { id label name properties { key value } } edges { id type source target } } }'
q "neighborhood city:heshan depth 3 limit 500" \
  '{ neighborhood(id: "city:heshan", depth: 3, limit: 500) { truncated nodes { id } edges { id } } }'
q "shortestPaths person→person maxHops 6 first 100" \
  '{ shortestPaths(from: "person:000001", to: "person:026000", maxHops: 6, first: 100) { hops truncated paths { nodes { id name } } } }'
q "shortestPaths maxHops 6, 5 aliases" \
  "{ $(for i in 1 2 3 4 5; do printf 'p%s: shortestPaths(from: "person:00000%s", to: "person:02600%s", maxHops: 6, first: 100) { hops } ' $i $i $i; done) }"
q "shortestPaths maxHops 4 (default)" '{ shortestPaths(from: "person:000001", to: "person:026000") { hops truncated } }'
al=$(for i in $(seq 1 1000); do printf 'a%s: cities { id } ' "$i"; done)
q "1,000 aliases" "{ $al }"
q "50 aliases of neighborhood depth 3" \
  "{ $(for i in $(seq 1 50); do printf 'n%s: neighborhood(id: "street:shaping", depth: 3, limit: 500) { truncated } ' "$i"; done) }"
q "20 root fields of neighborhood depth 3" \
  "{ $(for i in $(seq 1 20); do printf 'n%s: neighborhood(id: "street:shaping", depth: 3, limit: 500) { truncated } ' "$i"; done) }"
long=$(head -c 102400 /dev/zero | tr '\0' 'x')
q "nameContains 100 KB (variable)" 'query($t: String) { units(filter: {nameContains: $t}) { totalCount } }' "{\"t\":\"$long\"}"
q "nameContains 100 KB (in the document)" "{ units(filter: {nameContains: \"$long\"}) { totalCount } }"
{ printf '{"query":"query($t: String) { units(filter: {nameContains: $t}) { totalCount } }","variables":{"t":"'
  head -c 10485760 /dev/zero | tr '\0' 'x'; printf '"}}'; } > "$WORK/10mb.json"
gql "nameContains 10 MB" "$WORK/10mb.json"
q "search 100 characters" 'query($t: String!) { search(text: $t, first: 100) { label name node { id } } }' "{\"t\":\"$(head -c 100 /dev/zero | tr '\0' 'z')\"}"
q "crossUnitLinks of every alliance, first 100" \
  '{ alliances(first: 100) { nodes { id crossUnitLinks(first: 100) { totalCount nodes { weight evidence(first: 10) { kind } } } } } }'
q "dashboard whole city asOf 2019-06-30" \
  '{ dashboard(asOf: "2019-06-30") { totals { communities units partyOrganizations members alliances } coverage { membersReported { covered total } } funnel { raised done } activityByMonth(months: 120) { month activities } mostConnectedUnits(first: 100) { unit { id } partners } leastConnectedUnits(first: 100) { unit { id } partners } } }'
q "dashboard ×20 asOf each year" \
  "{ $(for y in $(seq 2005 2024); do printf 'd%s: dashboard(asOf: "%s-12-31") { totals { members } mostConnectedUnits(first: 100) { partners } } ' "$y" "$y"; done) }"
q "people first 100 with personal data" '{ people(first: 100) { nodes { id name mobile idNumber } } }'
q "deep nesting 200 levels" "{ cities $(printf '{ streets %.0s' $(seq 1 200)) { id } $(printf '}%.0s' $(seq 1 200)) }"
q "fragment cycle" '{ cities { ...A } } fragment A on City { id ...B } fragment B on City { name ...A }'
frag='{ cities { ...F0 } }'
for i in $(seq 0 29); do frag="$frag fragment F$i on City { ...F$((i + 1)) ...F$((i + 1)) }"; done
q "fragment bomb 2^30" "$frag fragment F30 on City { id }"
q "introspection" '{ __schema { types { name fields { name args { name } } } } }'
jq -n '[range(0; 1000) | {query: "{ cities { id } }"}]' > "$WORK/batch.json"
gql "batched array of 1,000 queries" "$WORK/batch.json"
jq -n '{query: "query($v: [String]) { cities { id } }", variables: {v: [range(0; 100000) | "xxxxx"]}}' > "$WORK/vars.json"
gql "100,000 unused variable values (700 KB)" "$WORK/vars.json"
{ printf '{"query":"{ cities { id } }","variables":{"x":'; head -c 400000 /dev/zero | tr '\0' '['
  head -c 400000 /dev/zero | tr '\0' ']'; printf '}}'; } > "$WORK/nested.json"
gql "variables nested 400,000 arrays deep" "$WORK/nested.json"
q "nodes of 100 ids" "query(\$ids: [ID!]!) { nodes(ids: \$ids) { id } }" \
  "{\"ids\": $(jq -cn '[range(1; 101) | "person:\(. | tostring | ("000000" + .)[-6:])"]')}"
echo

echo "## As VIEWER, 20 requests at once (load $(uptime | sed 's/.*average: //'))"
echo
echo "| request | HTTP | answer (codes, cost) | s | heap before MB | peak MB | after MB | bytes |"
echo "|---|---|---|---|---|---|---|---|"
heavy=(
  '{ shortestPaths(from: "person:000001", to: "person:026000", maxHops: 6, first: 100) { hops truncated } }'
  '{ neighborhood(id: "street:shaping", depth: 3, limit: 500) { truncated nodes { id } edges { id } } }'
  '{ dashboard(asOf: "2019-06-30") { totals { members } mostConnectedUnits(first: 100) { partners } } }'
  '{ shortestPaths(from: "person:000002", to: "person:025000", maxHops: 5, first: 100) { hops } }'
)
before=$(heap)
: > "$WORK/burst-samples"
sample "$WORK/burst-samples" "$WORK/burst-done" &
sampler=$!
started=$(date +%s.%N)
for i in $(seq 0 19); do
  jq -n --arg q "${heavy[$((i % 4))]}" '{query: $q}' > "$WORK/burst$i.json"
  ( s=$(date +%s.%N)
    st=$(curl -s -u "$VIEWER_AUTH" -o "$WORK/burst$i.answer" -w '%{http_code}' --max-time "$MAX_TIME" \
      -H 'Content-Type: application/json' --data-binary "@$WORK/burst$i.json" "$BASE/graphql")
    printf '%s %s %.1f\n' "$i" "$st" "$(echo "$(date +%s.%N) - $s" | bc)" > "$WORK/burst$i.result" ) &
done
wait $(jobs -p | grep -v "^$sampler$")
ended=$(date +%s.%N)
touch "$WORK/burst-done"
wait
after=$(heap)
peak=$(sort -n "$WORK/burst-samples" | tail -1)
for i in $(seq 0 19); do
  read -r _ st secs < "$WORK/burst$i.result"
  codes=$(jq -r '([.errors[]?.extensions.code] | unique | join(",")) as $c | if $c == "" then "data" else $c end' \
    "$WORK/burst$i.answer" 2>/dev/null || echo "not JSON")
  printf '| %s: %s | %s | %s | %s | | | | %s |\n' "$i" "$(echo "${heavy[$((i % 4))]}" | cut -c3-60)" "$st" "$codes" \
    "$secs" "$(wc -c < "$WORK/burst$i.answer")"
  case "$st" in 5* | 000) FAILED=1 ;; esac
done
printf '| all 20 | | | %.1f | %s | %s | %s | |\n' "$(echo "$ended - $started" | bc)" "$before" "${peak:-?}" "$after"
echo
health=$(curl -s --max-time 10 "$BASE/actuator/health")
echo "Health afterwards: $health"
[ "$FAILED" = 0 ] && echo "Verdict: nothing but health answered without credentials; no VIEWER request failed with 5xx or timed out." \
  || echo "Verdict: FAILED (see ANSWERS, DETAILS, 5xx or 000 above)"
exit "$FAILED"

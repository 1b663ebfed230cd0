#!/usr/bin/env bash
# Person search benchmark: N synthetic persons imported through the real `import persons` verb into a throwaway
# PostgreSQL 15 cluster, the real server started on it, then `Itinera.Bench search-bench` sends variant queries of
# sampled persons and nobody-queries through GET /api/persons/search and, side by side, a pg_trgm similarity query
# over the same persons table. Usage: bench/search.sh [N] [search-bench options, e.g. --sample 500 --pg-every 2]
# N is at most 999,999: dossier numbers are YYYY-NNNNNN-CC and the import numbers every row in the current year, so a
# millionth row in one year fails ("Dossier numbers for 2026 are exhausted") and rolls back its whole batch.
# ITINERA_BENCH_DIR=/tmp/somewhere keeps the cluster there and reuses it on the next run (no second import).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
count=${1:-999999}
shift || true
if [ "$count" -gt 999999 ]; then echo "N=$count: one year holds at most 999,999 dossier numbers; using 999999"; count=999999; fi
if [ -n "${ITINERA_BENCH_DIR:-}" ]; then work=$ITINERA_BENCH_DIR; keep=1; else work=$(mktemp -d /tmp/itinera-search-XXXX); keep=0; fi
mkdir -p "$work" && chmod 755 "$work"
dotnet build -c Release bench/Itinera.Bench -v q --nologo >/dev/null
bench=(dotnet "$root/bench/Itinera.Bench/bin/Release/net10.0/Itinera.Bench.dll")
web=(dotnet "$root/src/Itinera.Web/bin/Release/net10.0/Itinera.Web.dll")
pg=/usr/lib/postgresql/15/bin
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
stamp() { date +%s.%N; }
since() { python3 -c "print(f'{$(stamp) - $1:.1f}')"; }

fresh=0
if [ ! -f "$work/ready" ]; then
  fresh=1
  rm -rf "$work/pg"
  "${bench[@]}" persons-csv --count "$count" --out "$work/persons.csv"
  mkdir -p "$work/pg" && chown postgres "$work/pg"
  runuser -u postgres -- "$pg/initdb" -D "$work/pg" -A trust -U postgres -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
fi

# Durability off (a bench, not a registry); memory settings a dedicated database server would have on this machine,
# JIT off (it only adds compile time to these queries). Same cluster for the server's database and for pg_trgm.
pgport=$(free_port)
runuser -u postgres -- "$pg/pg_ctl" -D "$work/pg" -l "$work/pg/bench.log" -w -t 120 start -o "-p $pgport -k $work/pg \
  -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
  -c shared_buffers=2GB -c work_mem=64MB -c jit=off" >/dev/null
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  runuser -u postgres -- "$pg/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null 2>&1 || true
  if [ "$keep" = 0 ]; then rm -rf "$work/pg" "$work/persons.csv" "$work/data"; echo "Results kept in $work"; fi
}
trap cleanup EXIT
cs="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres;Maximum Pool Size=20"
db=(--Database:Provider=Postgres "--Database:ConnectionString=$cs")

if [ "$fresh" = 1 ]; then
  echo "== import $count persons (PostgreSQL 15)"
  ( cd "$work" && /usr/bin/time -f "wall %e s, max RSS %M KB" "${web[@]}" import persons --csv persons.csv "${db[@]}" \
      --Database:Migrate=true | tail -2 )
  ( cd "$work" && "${web[@]}" users create --username bench --roles registration --display-name Bench "${db[@]}" </dev/null >/dev/null )
  ( cd "$work" && "${web[@]}" tokens create --user bench --days 30 --name search-bench "${db[@]}" | tail -1 > "$work/token" )
  echo "== pg_trgm indexes"
  "${bench[@]}" search-index --pg "$cs"
  touch "$work/ready"
fi

echo "== server"
port=$(free_port)
started=$(stamp)
( cd "$work" && exec "${web[@]}" --urls "http://127.0.0.1:$port" "${db[@]}" --Demo:Enabled=false >"$work/server.log" 2>&1 ) &
server_pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/health"; do
  kill -0 "$server_pid" 2>/dev/null || { echo "server died:"; tail -20 "$work/server.log"; exit 1; }
  sleep 0.5
done
echo "listening after $(since "$started") s"
# The first search waits for the registry index to be built.
curl -sf -o /dev/null --max-time 3600 -H "Authorization: Bearer $(cat "$work/token")" \
  "http://127.0.0.1:$port/api/persons/search?name=Ahmadi&limit=1"
echo "index ready (first search answered) after $(since "$started") s; $(grep -o 'Registry index built.*' "$work/server.log" | head -1)"

echo "== search-bench"
"${bench[@]}" search-bench --csv "$work/persons.csv" --url "http://127.0.0.1:$port" --token "$(cat "$work/token")" \
  --server-pid "$server_pid" --pg "$cs" --out "$work/results" "$@"
echo "Misses with examples: $work/results/misses-server.txt, $work/results/misses-pg_trgm.txt"

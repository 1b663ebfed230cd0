#!/usr/bin/env bash
# Import benchmark: 100,000 synthetic persons through the real `import persons` verb, on SQLite and on a
# throwaway PostgreSQL 15 cluster, timed end to end (process start included). Usage: bench/import.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}
work=$(mktemp -d /tmp/itinera-bench-XXXX)
chmod 755 "$work"
dotnet build -c Release bench/Itinera.Bench -v q --nologo >/dev/null
web=src/Itinera.Web/bin/Release/net10.0/Itinera.Web.dll
dotnet bench/Itinera.Bench/bin/Release/net10.0/Itinera.Bench.dll persons-csv --count "$count" --out "$work/persons.csv"

echo "== SQLite"
( cd "$work" && /usr/bin/time -f "wall %e s, max RSS %M KB" dotnet "$OLDPWD/$web" import persons --csv persons.csv | tail -1 )

echo "== PostgreSQL 15"
pg=/usr/lib/postgresql/15/bin
mkdir -p "$work/pg" && chown postgres "$work/pg"
runuser -u postgres -- "$pg/initdb" -D "$work/pg" -A trust -U postgres >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
runuser -u postgres -- "$pg/pg_ctl" -D "$work/pg" -o "-p $port -k $work/pg -c listen_addresses=127.0.0.1" -l "$work/pg/log" -w start >/dev/null
trap 'runuser -u postgres -- "$pg/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true' EXIT
cs="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
( cd "$work" && /usr/bin/time -f "wall %e s, max RSS %M KB" dotnet "$OLDPWD/$web" import persons --csv persons.csv \
    --Database:Provider=Postgres "--Database:ConnectionString=$cs" --Database:Migrate=true | tail -1 )

#!/usr/bin/env bash
# Make sure a PostgreSQL answers on 127.0.0.1:5432 with a database "test" (trust auth), starting
# Debian's postgresql when none does.
set -uo pipefail

answers() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null || (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; }

if answers; then exit 0; fi
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
ver=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1)
if [ -z "$ver" ]; then echo "ci: no PostgreSQL cluster found" >&2; exit 1; fi
conf=/etc/postgresql/$ver/main
# Trust local connections (CI only) and listen on loopback.
sed -i -E 's/^(host\s+all\s+all\s+127\.0\.0\.1\/32\s+)\S+/\1trust/; s/^(local\s+all\s+all\s+)\S+/\1trust/' "$conf/pg_hba.conf"
pg_ctlcluster --skip-systemctl-redirect "$ver" main start || true
for _ in $(seq 1 30); do answers && break; sleep 1; done
answers || { echo "ci: PostgreSQL did not start" >&2; exit 1; }
su postgres -c "psql -h 127.0.0.1 -tc \"SELECT 1 FROM pg_database WHERE datname='test'\" | grep -q 1 || createdb -h 127.0.0.1 test" || true

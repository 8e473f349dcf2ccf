#!/bin/sh
# The streaming replica: on first start, copy the primary with pg_basebackup (-R writes primary_conninfo and
# standby.signal), then run as a hot standby. Runs as the postgres user (compose: `user: postgres`).
set -eu
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  export PGPASSWORD="$REPLICATION_PASSWORD"
  until pg_basebackup --host=postgres-primary --username=replicator --pgdata="$PGDATA" \
      --write-recovery-conf --wal-method=stream --checkpoint=fast --progress; do
    echo "waiting for the primary"; rm -rf "${PGDATA:?}"/*; sleep 2
  done
  chmod 700 "$PGDATA"
fi
exec postgres -c hot_standby=on -c max_connections=200 -c hot_standby_feedback=on

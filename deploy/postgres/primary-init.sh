#!/bin/sh
# Runs once, when the primary's data folder is first initialised (the postgres image's
# /docker-entrypoint-initdb.d): a role for streaming replication and the line that lets the replica use it.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD '${REPLICATION_PASSWORD}';
-- Behind PgBouncer the app sends no start-up statement_timeout (README "Connection pooler"): the role carries it.
ALTER ROLE "${POSTGRES_USER}" SET statement_timeout = '15s';
SQL
echo "host replication replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"

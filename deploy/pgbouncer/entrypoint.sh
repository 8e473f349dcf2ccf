#!/bin/sh
# Writes pgbouncer.ini and the user list from the environment, then runs PgBouncer in the foreground.
# DB_HOST, DB_PORT, DB_NAME, DB_USER, DB_PASSWORD; POOL_SIZE (server connections per database/user pair);
# MAX_CLIENT_CONN (client connections, i.e. every API and worker process's pool added up).
set -eu
cat > /etc/pgbouncer/pgbouncer.ini <<INI
[databases]
${DB_NAME} = host=${DB_HOST} port=${DB_PORT:-5432} dbname=${DB_NAME}

[pgbouncer]
listen_addr = 0.0.0.0
listen_port = 6432
unix_socket_dir =
auth_type = scram-sha-256
auth_file = /etc/pgbouncer/userlist.txt
pool_mode = transaction
default_pool_size = ${POOL_SIZE:-40}
max_client_conn = ${MAX_CLIENT_CONN:-400}
# An overloaded database answers 503 soon rather than late (README "Pool sizing").
query_wait_timeout = ${QUERY_WAIT_TIMEOUT:-10}
server_reset_query =
ignore_startup_parameters = extra_float_digits
INI
printf '"%s" "%s"\n' "$DB_USER" "$DB_PASSWORD" > /etc/pgbouncer/userlist.txt
exec pgbouncer /etc/pgbouncer/pgbouncer.ini

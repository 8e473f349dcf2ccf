#!/bin/sh
# Container entry: migrate (unless told not to), then serve. Extra arguments go to uvicorn.
# `worker [options]` runs the background worker instead (`dvk worker`; start it beside the API, with
# DVK_SKIP_MIGRATIONS=1 when the API or a release job migrates).
set -eu
if [ "${1:-}" = "worker" ]; then
  shift
  if [ "${DVK_SKIP_MIGRATIONS:-0}" != "1" ]; then
    dvk migrate
  fi
  exec dvk worker "$@"
fi
if [ "${DVK_SKIP_MIGRATIONS:-0}" != "1" ]; then
  dvk migrate
fi
exec uvicorn app.main:create_app --factory --host 0.0.0.0 --port "${DVK_PORT:-8000}" \
  --workers "${DVK_WORKERS:-1}" --no-proxy-headers --no-access-log "$@"

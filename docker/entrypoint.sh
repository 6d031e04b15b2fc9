#!/bin/sh
# Container entrypoint: wait for the database, bring it to the newest migration, then become the application.
#   BIAB_APP           the app's command line (default: dotnet /app/SampleApp.dll); `migrate ...` is appended to it
#   BIAB_WAIT_SECONDS  how long to wait for the database to accept connections (default 60)
#   BIAB_BACKUP_DIR    when set, `migrate up --backup` writes a pg_dump -Fc of the database into this folder before a
#                      run that can lose data (mount a volume there; the image needs pg_dump: the SampleApp's
#                      installs postgresql-client)
# Arguments given to the container are passed on to the application.
set -eu
# BIAB_APP is split into words on purpose; globbing is not wanted.
set -f

app=${BIAB_APP:-dotnet /app/SampleApp.dll}
wait_seconds=${BIAB_WAIT_SECONDS:-60}

log() {
  printf '%s [entrypoint] %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*"
}

log "starting"

log "waiting for database (up to ${wait_seconds}s)"
# `migrate status` only reads, so it doubles as the readiness probe; its --wait retries until the server accepts
# connections. Its report (current version, pending migrations) is useful in the container log.
status=0
$app migrate status --wait "$wait_seconds" || status=$?
if [ "$status" -ne 0 ]; then
  log "database is not ready: migrate status exited with $status"
  exit "$status"
fi
log "database is ready"

log "running migrations"
status=0
if [ -n "${BIAB_BACKUP_DIR:-}" ]; then
  $app migrate up --wait "$wait_seconds" --backup "$BIAB_BACKUP_DIR" || status=$?
else
  $app migrate up --wait "$wait_seconds" || status=$?
fi
if [ "$status" -ne 0 ]; then
  log "migrations failed: migrate up exited with $status; not starting the application"
  exit "$status"
fi
log "migrations applied"

log "starting application"
exec $app "$@"

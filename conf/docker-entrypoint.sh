#!/bin/sh
# Container entrypoint. Started as root only so it can create and chown the data dir (volumes
# often mount root-owned), then re-executes itself as the unprivileged user through setpriv, so
# no process stays root. As that user it prepares storage and execs the server, which becomes the
# container's main process and receives SIGTERM directly.
#
#   docker-entrypoint.sh serve          storage setup, then tempest serve (the default CMD)
#   docker-entrypoint.sh secret         any other tempest command, run as the unprivileged user
#
# TEMPEST_USER and TEMPEST_BIN exist so the script can be tested outside the image.
set -eu

: "${TEMPEST_DATA_DIR:=/data}"
: "${TEMPEST_USER:=tempest}"
: "${TEMPEST_BIN:=/app/dist/bin/tempest.js}"
export TEMPEST_DATA_DIR

if [ "$#" -eq 0 ]; then
  set -- serve
fi

if [ "$(id -u)" = 0 ]; then
  group="$(id -gn "$TEMPEST_USER")"
  mkdir -p "$TEMPEST_DATA_DIR"
  # Only touch what is not already ours: a large blob folder is not rewalked with chown -R.
  # find does not descend into symlinks, and chown -h changes a link itself, never its target:
  # a link in the volume cannot hand a file outside it to the user.
  find "$TEMPEST_DATA_DIR" \( ! -user "$TEMPEST_USER" -o ! -group "$group" \) \
    -exec chown -h "$TEMPEST_USER:$group" {} +
  chmod 700 "$TEMPEST_DATA_DIR"
  exec setpriv --reuid="$TEMPEST_USER" --regid="$group" --init-groups --no-new-privs \
    -- "$0" "$@"
fi

if [ "$1" = serve ]; then
  node "$TEMPEST_BIN" storage setup
fi
exec node "$TEMPEST_BIN" "$@"

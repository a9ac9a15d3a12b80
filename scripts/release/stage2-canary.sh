#!/usr/bin/env bash
# Stage 2, canary: restore the latest production backup into a separate service on a staging
# hostname, start the new image there, and run the release gates against it.
#   BACKUP             archive path or name (default: the newest from `tempest backup list`)
#   CANARY_DATA_DIR    an empty directory the canary service mounts as its data dir
#   CANARY_URL         the canary's public URL (https://staging.example.com)
#   CANARY_DEPLOY_CMD  starts the new image on the staging hostname with CANARY_DATA_DIR mounted
#                      (its env must leave TEMPEST_CRAWLERS empty: a canary must not call relays)
# The canary holds production's accounts under another hostname, so their DIDs do not point at
# it: the identity and crawler gates are skipped here and run in stage 3.
source "$(dirname "$0")/common.sh"
need CANARY_DATA_DIR "empty directory for the restored data"
need CANARY_URL "the canary's public https URL"
need CANARY_DEPLOY_CMD "command that starts the new image on the staging host"
BACKUP=${BACKUP:-$($TEMPEST backup list | head -n 1 | cut -f 1)}
need BACKUP "backup archive to restore (none found by tempest backup list)"

$TEMPEST backup restore "$BACKUP" --target "$CANARY_DATA_DIR"
bash -c "$CANARY_DEPLOY_CMD"
report="$EVIDENCE_DIR/$STAMP-stage2-canary-check.json"
status=0
check "$CANARY_URL" "$report" --skip identity --skip crawlers || status=$?
evidence stage2-canary backup="$BACKUP" url="$CANARY_URL" check="$report" exit="$status"
exit "$status"

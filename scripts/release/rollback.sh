#!/usr/bin/env bash
# Rollback: the previous image plus the backup taken before the deploy (a newer Tempest may have
# migrated the databases, which an older one refuses to open).
#   PUBLIC_URL, PREVIOUS_IMAGE, BACKUP (recorded by stage3-promote.sh)
#   STOP_CMD     stops the production service
#   RESTORE_CMD  restores "$BACKUP" into the service's emptied data dir, e.g. in a one-off
#                container: rm -rf /data/* && tempest backup restore "$BACKUP" --target /data
#   DEPLOY_CMD   deploys "$IMAGE"
source "$(dirname "$0")/common.sh"
need PUBLIC_URL "production's public URL"
need PREVIOUS_IMAGE "the image to return to"
need BACKUP "the backup stage 3 recorded"
need STOP_CMD "command stopping the service"
need RESTORE_CMD "command restoring \$BACKUP into the data dir"
need DEPLOY_CMD "command deploying \$IMAGE"

bash -c "$STOP_CMD"
BACKUP=$BACKUP bash -c "$RESTORE_CMD"
IMAGE=$PREVIOUS_IMAGE bash -c "$DEPLOY_CMD"
report="$EVIDENCE_DIR/$STAMP-rollback-check.json"
status=0
check "$PUBLIC_URL" "$report" || status=$?
evidence rollback url="$PUBLIC_URL" image="$PREVIOUS_IMAGE" backup="$BACKUP" check="$report" exit="$status"
exit "$status"

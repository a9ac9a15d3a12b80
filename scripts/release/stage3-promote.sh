#!/usr/bin/env bash
# Stage 3, promote: back up production, deploy the new image, run every release gate. The previous
# image and the backup are recorded for rollback.sh.
#   PUBLIC_URL      production's public URL
#   NEW_IMAGE       image to deploy (a version or main-<sha> tag, never latest)
#   PREVIOUS_IMAGE  image running now (kept for rollback)
#   DEPLOY_CMD      deploys "$IMAGE" to the production service (e.g. fly deploy --image "$IMAGE")
#   TEMPEST_CHECK_ADMIN_TOKEN  the admin token (read by tempest check and used for the backup)
source "$(dirname "$0")/common.sh"
need PUBLIC_URL "production's public URL"
need NEW_IMAGE "the image to deploy"
need PREVIOUS_IMAGE "the image running now"
need DEPLOY_CMD "command deploying \$IMAGE"
need TEMPEST_CHECK_ADMIN_TOKEN "the admin token"

backup=$(curl -sSf -X POST -H "authorization: Bearer $TEMPEST_CHECK_ADMIN_TOKEN" \
  "$PUBLIC_URL/xrpc/sh.tempest.admin.createBackup" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).backup.name))')
echo "backup before deploy: $backup"
IMAGE=$NEW_IMAGE bash -c "$DEPLOY_CMD"
report="$EVIDENCE_DIR/$STAMP-stage3-promote-check.json"
status=0
check "$PUBLIC_URL" "$report" || status=$?
evidence stage3-promote url="$PUBLIC_URL" image="$NEW_IMAGE" previousImage="$PREVIOUS_IMAGE" \
  backup="$backup" check="$report" exit="$status"
if [ "$status" -ne 0 ]; then
  echo "release gates failed: roll back with BACKUP=$backup PREVIOUS_IMAGE=$PREVIOUS_IMAGE scripts/release/rollback.sh" >&2
fi
exit "$status"

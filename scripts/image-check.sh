#!/usr/bin/env bash
# Builds the release image from conf/Dockerfile with buildah, runs it with podman and checks it
# from outside: the health and describeServer endpoints answer, the server runs unprivileged, a
# root-owned volume is taken over (owner-only), SIGTERM stops it cleanly, and what the image adds
# on top of its base stays within budget. Run as root on a Debian machine without a Docker engine:
#
#   bash scripts/image-check.sh
#
# The base, node:24-bookworm-slim, is pulled when a registry is reachable. Where none is, a
# stand-in is made from the Debian archive (debootstrap) and the npm registry (Node 24 with its
# headers, npm 11) with the same layout, user and tag, and kept in the check's own container
# storage for the next run. Everything else the script creates is removed when it ends.
#
# Environment: IMAGE_CHECK_ROOT (storage, default /var/lib/tempest-image-check),
# IMAGE_CHECK_MAX_ADDED_MB (default 80), DEBIAN_MIRROR (default: from /etc/apt/sources.list*).
set -euo pipefail
cd "$(dirname "$0")/.."

BASE=docker.io/library/node:24-bookworm-slim
IMAGE=localhost/tempest-image-check:latest
CONTAINER=tempest-image-check
STATE="${IMAGE_CHECK_ROOT:-/var/lib/tempest-image-check}"
MAX_ADDED_MB="${IMAGE_CHECK_MAX_ADDED_MB:-80}"
# vfs works on any filesystem without fuse or overlay support; chroot isolation needs no user
# namespaces. Both cost disk and speed, not correctness.
STORE=(--root "$STATE/storage" --runroot /run/tempest-image-check --storage-driver vfs)

log() { printf '== image-check: %s\n' "$*"; }
fail() {
  printf 'image-check FAILED: %s\n' "$*" >&2
  exit 1
}
bh() { buildah "${STORE[@]}" "$@"; }
pm() { podman "${STORE[@]}" --runtime runc "$@"; }

[ "$(id -u)" = 0 ] || fail "run as root (buildah and podman here use root's container storage)"

need=()
for tool in buildah podman debootstrap runc curl; do
  command -v "$tool" >/dev/null 2>&1 || need+=("$tool")
done
if [ ${#need[@]} -gt 0 ]; then
  log "apt-get install ${need[*]}"
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null; }; then
    fail "could not install ${need[*]}"
  fi
fi
command -v npm >/dev/null 2>&1 || fail "npm is needed on PATH (it fetches Node for the stand-in base)"

WORK="$(mktemp -d /var/tmp/tempest-image-check.XXXXXX)"
cleanup() {
  pm rm --force --ignore "$CONTAINER" >/dev/null 2>&1 || true
  bh rmi --force "$IMAGE" >/dev/null 2>&1 || true
  # Intermediate images of interrupted builds: vfs keeps a full copy of each.
  bh rmi --prune --force >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# The Debian archive this machine's apt uses, for debootstrap.
debian_mirror() {
  if [ -n "${DEBIAN_MIRROR:-}" ]; then
    echo "$DEBIAN_MIRROR"
    return
  fi
  local uri
  uri="$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null |
    sed -nE 's#^[[:space:]]*(URIs:[[:space:]]*|deb[[:space:]]+(\[[^]]*\][[:space:]]+)?)([a-z]+://[^[:space:]]+/debian)/?([[:space:]].*)?$#\3#p' |
    head -n 1)"
  echo "${uri:-http://deb.debian.org/debian}"
}

# node:24-bookworm-slim's layout: Debian bookworm (minbase), node and npm under /usr/local with
# Node's headers in /usr/local/include/node, and a `node` user with uid and gid 1000.
make_standin_base() {
  local rootfs="$WORK/rootfs" arch mirror
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64) arch=arm64 ;;
    *) fail "no Node build for $(uname -m)" ;;
  esac
  mirror="$(debian_mirror)"
  log "making a stand-in for $BASE: debootstrap from $mirror, node-linux-$arch@24 and npm@11 from npm"
  debootstrap --variant=minbase bookworm "$rootfs" "$mirror" >"$WORK/debootstrap.log" 2>&1 ||
    fail "debootstrap failed: $(tail -n 5 "$WORK/debootstrap.log")"
  (cd "$WORK" && npm pack --silent "node-linux-$arch@24" npm@11 >/dev/null) || fail "npm pack failed"
  mkdir -p "$WORK/node" "$rootfs/usr/local/lib/node_modules/npm"
  tar -xzf "$WORK"/node-linux-"$arch"-*.tgz -C "$WORK/node" --strip-components=1
  install -m 755 "$WORK/node/bin/node" "$rootfs/usr/local/bin/node"
  cp -a "$WORK/node/include" "$WORK/node/share" "$rootfs/usr/local/"
  tar -xzf "$WORK"/npm-*.tgz -C "$rootfs/usr/local/lib/node_modules/npm" --strip-components=1
  ln -s ../lib/node_modules/npm/bin/npm-cli.js "$rootfs/usr/local/bin/npm"
  ln -s ../lib/node_modules/npm/bin/npx-cli.js "$rootfs/usr/local/bin/npx"
  chroot "$rootfs" groupadd --gid 1000 node
  chroot "$rootfs" useradd --uid 1000 --gid node --shell /bin/bash --create-home node
  rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/*.bin "$rootfs"/var/log/*.log
  # A machine whose egress re-signs TLS (NODE_EXTRA_CA_CERTS set) passes its CAs on, or npm ci in
  # the build stage could not reach the registry. The real base never needs this.
  local extra_ca=()
  if [ -n "${NODE_EXTRA_CA_CERTS:-}" ] && [ -f "$NODE_EXTRA_CA_CERTS" ]; then
    install -D -m 644 "$NODE_EXTRA_CA_CERTS" "$rootfs/usr/local/share/tempest-image-check/ca.crt"
    extra_ca=(--env NODE_EXTRA_CA_CERTS=/usr/local/share/tempest-image-check/ca.crt)
  fi
  local node_version ctr mnt
  node_version="$("$rootfs/usr/local/bin/node" --version)"
  ctr="$(bh from scratch)"
  mnt="$(bh mount "$ctr")"
  cp -a "$rootfs/." "$mnt/"
  bh umount "$ctr" >/dev/null
  bh config --env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    --env NODE_VERSION="${node_version#v}" "${extra_ca[@]}" --cmd node \
    --label org.tempest.image-check.stand-in=true "$ctr"
  bh commit --quiet --format docker --rm "$ctr" "$BASE" >/dev/null
  rm -rf "$rootfs"
}

if bh inspect --type image "$BASE" >/dev/null 2>&1; then
  log "reusing $BASE from $STATE"
elif timeout 300 buildah "${STORE[@]}" pull --quiet "$BASE" >/dev/null 2>"$WORK/pull.log"; then
  log "pulled $BASE"
else
  log "cannot pull $BASE ($(tail -n 1 "$WORK/pull.log"))"
  make_standin_base
fi

log "building conf/Dockerfile"
build_start=$SECONDS
# --format docker: the OCI format has no HEALTHCHECK, and buildah would drop it.
bh bud --pull-never --format docker --isolation chroot -f conf/Dockerfile -t "$IMAGE" . \
  >"$WORK/build.log" 2>&1 || {
  tail -n 30 "$WORK/build.log" >&2
  fail "buildah bud -f conf/Dockerfile failed"
}
log "built in $((SECONDS - build_start)) s"

# Sizes as the engines report them: uncompressed, summed over layers.
image_bytes="$(pm image inspect --format '{{.Size}}' "$IMAGE")"
base_bytes="$(pm image inspect --format '{{.Size}}' "$BASE")"
added_mb=$(((image_bytes - base_bytes + 500000) / 1000000))
log "image $((image_bytes / 1000000)) MB, base $((base_bytes / 1000000)) MB, Tempest adds $added_mb MB"
[ "$added_mb" -le "$MAX_ADDED_MB" ] ||
  fail "Tempest adds $added_mb MB to the base, more than the $MAX_ADDED_MB MB budget"

# The built image keeps the HEALTHCHECK with its start period (the OCI format would drop it).
healthcheck="$(pm image inspect --format \
  '{{.Config.Healthcheck.Test}} interval {{.Config.Healthcheck.Interval}} start period {{.Config.Healthcheck.StartPeriod}}' \
  "$IMAGE" 2>/dev/null)" || healthcheck=none
case "$healthcheck" in
  *_health*' start period 0s') fail "the HEALTHCHECK has no start period" ;;
  *_health*) ;;
  *) fail "the image has no HEALTHCHECK (got: $healthcheck)" ;;
esac

# A volume as hosts mount it: root-owned and world-readable, a root-owned file inside, and a
# link to a file outside it, whose target the entrypoint must leave alone.
volume="$WORK/data"
mkdir -p "$volume/blobs"
chmod 755 "$volume"
echo x >"$volume/blobs/left-by-root"
ln -s /app/package.json "$volume/link-out"
secret="$(od -An -N64 -tx1 /dev/urandom | tr -d ' \n')"

log "running it (podman, loopback-only port)"
# --runtime runc and the ulimits suit this kind of machine (no crun; runc may not raise nproc).
# Podman runs health checks from systemd timers; without systemd the check is run by hand below
# (podman 4.3 still reports, on stderr, that it could not set the timer up).
pm run -d --name "$CONTAINER" --ulimit nofile=4096:4096 --ulimit nproc=4096:4096 \
  --health-interval=disable -p 127.0.0.1::2583 -v "$volume:/data" \
  -e TEMPEST_HOSTNAME=pds.example.com -e TEMPEST_PUBLIC_URL=https://pds.example.com \
  -e SECRET_KEY_BASE="$secret" "$IMAGE" >/dev/null 2>"$WORK/run.log" ||
  fail "podman run failed: $(cat "$WORK/run.log")"
address="$(pm port "$CONTAINER" 2583/tcp)"
case "$address" in
  127.0.0.1:*) ;;
  *) fail "expected a loopback port, got '$address'" ;;
esac
container_logs() { pm logs "$CONTAINER" 2>&1 | tail -n 20; }

up=
for _ in $(seq 1 120); do
  if curl -fsS --max-time 2 "http://$address/xrpc/_health" >/dev/null 2>&1; then
    up=1
    break
  fi
  [ "$(pm inspect --format '{{.State.Running}}' "$CONTAINER")" = true ] || break
  sleep 1
done
[ -n "$up" ] || fail "/xrpc/_health did not answer within 120 s; logs:
$(container_logs)"
log "/xrpc/_health: $(curl -fsS "http://$address/xrpc/_health")"
describe="$(curl -fsS "http://$address/xrpc/com.atproto.server.describeServer")" ||
  fail "describeServer failed"
case "$describe" in
  *'"did":"did:web:pds.example.com"'*) log "describeServer: $describe" ;;
  *) fail "unexpected describeServer answer: $describe" ;;
esac

pm healthcheck run "$CONTAINER" >/dev/null || fail "the image's HEALTHCHECK command fails"
log "HEALTHCHECK: healthy (${healthcheck#*\] })"

# The container's main process is the server itself (the entrypoint execs it), unprivileged.
pid="$(pm inspect --format '{{.State.Pid}}' "$CONTAINER")"
tempest_uid="$(pm exec "$CONTAINER" id -u tempest)"
status_field() { sed -nE "s/^$1:[[:space:]]*//p" "/proc/$pid/status" | tr -s '\t ' ' '; }
uids="$(status_field Uid)"
if [ "$tempest_uid" = 0 ] || [ "$uids" != "$tempest_uid $tempest_uid $tempest_uid $tempest_uid" ]; then
  fail "the server runs with uids '$uids', not as tempest ($tempest_uid)"
fi
[ "$(status_field NoNewPrivs)" = 1 ] || fail "the server may gain privileges (NoNewPrivs unset)"
[ "$(status_field CapEff)" = 0000000000000000 ] || fail "the server has capabilities: $(status_field CapEff)"
cmdline="$(tr '\0' ' ' <"/proc/$pid/cmdline")"
case "$cmdline" in
  node*tempest.js\ serve*) ;;
  *) fail "the container's main process is '$cmdline', not the server" ;;
esac
log "server: pid 1 in the container, '$cmdline', uid $tempest_uid, no capabilities, no-new-privs"

# The volume was taken over: owner-only, its contents the user's, the link's target untouched.
[ "$(stat -c '%u %a' "$volume")" = "$tempest_uid 700" ] ||
  fail "the volume is $(stat -c 'uid %u mode %a' "$volume"), not uid $tempest_uid mode 700"
[ "$(stat -c %u "$volume/blobs/left-by-root")" = "$tempest_uid" ] ||
  fail "a root-owned file in the volume was not handed over"
[ "$(pm exec "$CONTAINER" stat -c %u /app/package.json)" = 0 ] ||
  fail "chown followed a link out of the volume (/app/package.json changed owner)"
[ -f "$volume/account.sqlite" ] || fail "storage setup did not create account.sqlite in the volume"
log "volume: uid $tempest_uid, 0700, contents handed over, links not followed"

secret_out="$(pm run --rm --no-healthcheck --ulimit nofile=4096:4096 --ulimit nproc=4096:4096 \
  "$IMAGE" secret)"
[[ "$secret_out" =~ ^[0-9a-f]{128}$ ]] || fail "'tempest secret' in the image printed '$secret_out'"

log "SIGTERM"
stop_start=$SECONDS
pm kill --signal TERM "$CONTAINER" >/dev/null
code="$(timeout 30 podman "${STORE[@]}" wait "$CONTAINER")" || fail "still running 30 s after SIGTERM"
[ "$code" = 0 ] || fail "exit code $code after SIGTERM; logs:
$(container_logs)"
pm logs "$CONTAINER" 2>&1 | grep -q 'shut down cleanly' ||
  fail "no 'shut down cleanly' in the logs:
$(container_logs)"
log "stopped cleanly in $((SECONDS - stop_start)) s, exit code 0"

echo "image-check: passed; image $((image_bytes / 1000000)) MB, of which Tempest adds $added_mb MB (base $((base_bytes / 1000000)) MB)"

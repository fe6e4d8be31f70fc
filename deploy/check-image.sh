#!/usr/bin/env bash
# Builds and runs the Dockerfile's run stage with podman where no registry is reachable (see
# docs/operations.md): the base image must already exist locally, and the deps stage (npm ci inside the
# build, which needs the registry's certificates) is replaced by a copy of this checkout's production
# node_modules. Everything else (packages, user, paths, volume, command) is the real Dockerfile's.
#   CONTAINERS_CONF=/tmp/containers.conf deploy/check-image.sh
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
ctx="$(mktemp -d)"
trap 'rm -rf "$ctx"' EXIT
podman=(podman --runtime runc --cgroup-manager cgroupfs)

cp -a "$repo"/{package.json,package-lock.json,tsconfig.json,bin,src,question-bank,rubrics} "$ctx"/
cp -al "$repo/node_modules" "$ctx/node_modules"
(cd "$ctx" && npm prune --omit=dev --no-audit --no-fund >/dev/null)
{
  echo 'FROM scratch AS deps'
  echo 'COPY node_modules /app/node_modules'
  # The run stage, verbatim: from the second FROM to the end.
  awk '/^FROM /{n++} n>=2' "$repo/Dockerfile"
} > "$ctx/Dockerfile"

"${podman[@]}" build --network host --pull=never -t mock-interviewer:check "$ctx"
echo "--- image config"
"${podman[@]}" image inspect mock-interviewer:check --format 'user={{.Config.User}} workdir={{.Config.WorkingDir}} volumes={{.Config.Volumes}} cmd={{.Config.Cmd}} env={{.Config.Env}}'
echo "--- bank check (a command given to docker run)"
"${podman[@]}" run --rm --network host mock-interviewer:check mock-interviewer bank check
echo "--- who runs it, and can it write /data"
"${podman[@]}" run --rm --network host mock-interviewer:check sh -c 'id && touch /data/probe && ls -ld /data'
echo "--- serve-http with /healthz"
port="${CHECK_PORT:-18080}"
name="mi-check-$$"
"${podman[@]}" run -d --rm --name "$name" --network host \
  -e DISCORD_PUBLIC_KEY="$(printf '%064d' 0)" -e HTTP_HOST=127.0.0.1 \
  mock-interviewer:check node bin/mock-interviewer.js serve-http --port "$port" >/dev/null
for _ in $(seq 1 60); do curl -fsS "http://127.0.0.1:$port/healthz" 2>/dev/null && break; sleep 1; done
echo
"${podman[@]}" exec "$name" node -e "fetch('http://127.0.0.1:$port/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))" && echo "compose health check: ok"
echo "--- the default command (the gateway bot) and a stop"
"${podman[@]}" run -d --rm --name "$name-bot" --network host -e DISCORD_TOKEN=x -e DISCORD_APPLICATION_ID=123456789012345678 \
  -e DISCORD_API_BASE=http://127.0.0.1:9/api mock-interviewer:check >/dev/null
sleep 8
"${podman[@]}" logs "$name-bot" 2>&1 | tail -3
start=$(date +%s%N)
"${podman[@]}" stop -t 10 "$name-bot" >/dev/null
echo "podman stop (bot, Discord unreachable) took $(( ($(date +%s%N) - start) / 1000000 )) ms"
start=$(date +%s%N)
"${podman[@]}" stop -t 10 "$name" >/dev/null
echo "podman stop (serve-http) took $(( ($(date +%s%N) - start) / 1000000 )) ms"

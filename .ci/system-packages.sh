#!/usr/bin/env bash
# Debian packages the project needs beyond Node.js: the compiler toolchain for better-sqlite3.
set -euo pipefail
needed=()
for tool in python3 make g++; do command -v "$tool" >/dev/null || needed+=("$tool"); done
if [ "${#needed[@]}" -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${needed[@]}"
fi

# Offline voice answers and spoken questions (src/speech): the recogniser, its US English model, Opus
# encode/decode, and a voice. The bot runs without them (voice is then off); the speech tests need them in CI.
speech=()
for pkg in pocketsphinx pocketsphinx-en-us opus-tools espeak-ng; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || speech+=("$pkg")
done
if [ "${#speech[@]}" -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${speech[@]}"
fi

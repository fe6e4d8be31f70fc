#!/usr/bin/env bash
# Debian packages the project needs beyond Node.js: the compiler toolchain for better-sqlite3.
set -euo pipefail
needed=()
for tool in python3 make g++; do command -v "$tool" >/dev/null || needed+=("$tool"); done
if [ "${#needed[@]}" -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${needed[@]}"
fi

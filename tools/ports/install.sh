#!/usr/bin/env bash
# What `make ports` needs, installed only when missing, so a fresh CI machine can run it:
# Java 17 and Go with the Go client's one module dependency (Debian packages), the pinned
# openapi-generator-cli (PyPI, into .venv) and the pinned npm tools (package-lock.json).
set -euo pipefail
cd "$(dirname "$0")/../.."

missing=()
command -v java >/dev/null || missing+=(openjdk-17-jre-headless)
command -v go >/dev/null || missing+=(golang-go)
test -d /usr/share/gocode/src/gopkg.in/validator.v2 || missing+=(golang-gopkg-validator.v2-dev)
if ((${#missing[@]})); then
  echo "ports: apt-get install ${missing[*]}"
  sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

.venv/bin/python -m pip install --quiet --disable-pip-version-check -r tools/ports/requirements.txt
test -x node_modules/.bin/openapi-typescript -a -x node_modules/.bin/tsc || npm ci --no-audit --no-fund --loglevel=error

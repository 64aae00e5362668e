#!/usr/bin/env bash
# What `make ports` needs, installed only when missing, so a fresh Debian machine (as root, or
# with sudo) can run it: a JDK and Go with the go client's one module dependency,
# javax.annotation.Generated for the java port, Ruby with typhoeus (the ruby gem's HTTP library),
# PHP with Guzzle 7 (the php client's), and Kotlin with gson (Debian packages); the pinned
# generators (PyPI, into .venv); the pinned npm tools (package-lock.json).
set -euo pipefail
cd "$(dirname "$0")/../.."

missing=()
command -v javac >/dev/null || missing+=(openjdk-17-jdk-headless)
command -v go >/dev/null || missing+=(golang-go)
test -d /usr/share/gocode/src/gopkg.in/validator.v2 || missing+=(golang-gopkg-validator.v2-dev)
test -f /usr/share/java/geronimo-annotation-1.3-spec.jar || missing+=(libgeronimo-annotation-1.3-spec-java)
command -v ruby >/dev/null || missing+=(ruby)
ruby -e "require 'typhoeus'" 2>/dev/null || missing+=(ruby-typhoeus)
command -v php >/dev/null || missing+=(php-cli)
test -f /usr/share/php/GuzzleHttp/autoload.php || missing+=(php-guzzlehttp-guzzle)
command -v kotlinc >/dev/null || missing+=(kotlin)
test -f /usr/share/java/gson.jar || missing+=(libgoogle-gson-java)
if ((${#missing[@]})); then
  echo "ports: apt-get install ${missing[*]}"
  sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

.venv/bin/python -m pip install --quiet --disable-pip-version-check -r tools/ports/requirements.txt
test -x node_modules/.bin/tsc -a -x node_modules/.bin/openapi-typescript -a -d node_modules/axios \
  -a -d node_modules/@types/node -a -x node_modules/.bin/openapi-zod-client -a -d node_modules/zod \
  -a -d node_modules/@zodios/core -a -d node_modules/openapi-typescript-codegen || npm ci --no-audit --no-fund --loglevel=error

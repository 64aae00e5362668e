#!/usr/bin/env bash
# What tests/release/test_docs_browser.py needs, installed only when missing, so a fresh Debian
# machine can run it: headless Chromium from the Debian packages (a machine that already has
# chromium, chromium-browser or google-chrome keeps it).
set -euo pipefail

for browser in chromium chromium-browser google-chrome; do
  command -v "$browser" >/dev/null && exit 0
done
echo "docs: apt-get install chromium"
sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null

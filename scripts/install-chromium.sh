#!/usr/bin/env bash
# Debian's chromium for the browser tests (no browser downloads by test tools).
set -euo pipefail
if command -v chromium >/dev/null; then exit 0; fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
chromium --version

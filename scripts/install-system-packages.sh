#!/usr/bin/env bash
# Debian packages the tests need: chromium for the browser tests (no browser downloads by
# test tools), the DejaVu fonts that the tests use to write letter PDFs with Dutch text,
# and Java and npm for the W3C HTML checker (npm's vnu-jar, pinned in tests/vnu/).
set -euo pipefail
cd "$(dirname "$0")/.."
needed=()
command -v chromium >/dev/null || needed+=(chromium)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || needed+=(fonts-dejavu-core)
command -v java >/dev/null || needed+=(default-jre-headless)
command -v npm >/dev/null || needed+=(npm)
if [ ${#needed[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${needed[@]}" >/dev/null
fi
# The checker's jar, exactly as tests/vnu/package-lock.json has it; its install script
# (which would download a Java of its own) is not run: Debian's Java runs it.
[ -f tests/vnu/node_modules/vnu-jar/build/dist/vnu.jar ] ||
  npm ci --prefix tests/vnu --ignore-scripts --no-audit --no-fund --silent

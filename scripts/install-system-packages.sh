#!/usr/bin/env bash
# Debian packages the tests need: chromium for the browser tests (no browser downloads by
# test tools), the DejaVu fonts that the tests use to write letter PDFs with Dutch text,
# Tesseract with its Dutch data, which gives scanned annexes a text layer (annex/ocr.py; a
# build without it still works, publishing scans as they are), wdutch, the Dutch word list
# (/usr/share/dict/dutch) by which the search index splits compounds (search/derived.py;
# without it, fewer parts are found), and Java and npm for the W3C HTML checker (npm's
# vnu-jar, pinned in tests/vnu/).
set -euo pipefail
cd "$(dirname "$0")/.."
needed=()
command -v chromium >/dev/null || needed+=(chromium)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || needed+=(fonts-dejavu-core)
[ -f /usr/share/dict/dutch ] || needed+=(wdutch)
command -v tesseract >/dev/null || needed+=(tesseract-ocr)
tesseract --list-langs 2>/dev/null | grep -qx nld || needed+=(tesseract-ocr-nld)
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

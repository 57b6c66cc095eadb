#!/usr/bin/env bash
# Debian packages the tests need: chromium for the browser tests (no browser downloads by
# test tools), the DejaVu fonts that the tests use to write letter PDFs with Dutch text,
# Tesseract with its Dutch data, which gives scanned annexes a text layer (annex/ocr.py; a
# build without it still works, publishing scans as they are), and wdutch, the Dutch word
# list (/usr/share/dict/dutch) by which the search index splits compounds (search/derived.py;
# without it, fewer parts are found).
set -euo pipefail
needed=()
command -v chromium >/dev/null || needed+=(chromium)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || needed+=(fonts-dejavu-core)
[ -f /usr/share/dict/dutch ] || needed+=(wdutch)
command -v tesseract >/dev/null || needed+=(tesseract-ocr)
tesseract --list-langs 2>/dev/null | grep -qx nld || needed+=(tesseract-ocr-nld)
[ ${#needed[@]} -eq 0 ] && exit 0
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${needed[@]}" >/dev/null

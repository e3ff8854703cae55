#!/usr/bin/env bash
# Debian packages the features and tests need: OCR (tesseract + Vietnamese), PDF rendering, fonts, chromium.
# With CI=true a package that cannot be installed fails the run instead of letting tests skip.
set -u
need=()
command -v tesseract >/dev/null || need+=(tesseract-ocr)
{ command -v tesseract >/dev/null && tesseract --list-langs 2>/dev/null | grep -qx vie; } || need+=(tesseract-ocr-vie)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
command -v chromium >/dev/null || need+=(chromium)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
echo "make setup: installing Debian packages: ${need[*]}"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}") >/tmp/vanban-apt.log 2>&1 \
    || { echo "apt-get failed (see /tmp/vanban-apt.log)"; [ "${CI:-}" = true ] && exit 1; }
else
  echo "cannot install ${need[*]} (not root or no apt-get): install them by hand"
  [ "${CI:-}" = true ] && exit 1
fi
exit 0

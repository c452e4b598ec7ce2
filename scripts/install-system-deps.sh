#!/usr/bin/env bash
# Debian packages the project needs beyond Python and npm: a CJK font for figures, Chromium for the
# browser tests. Installs only what is missing.
set -euo pipefail
need=()
for what in "$@"; do
  case "$what" in
    fonts)   fc-list :lang=zh 2>/dev/null | grep -q . || need+=(fonts-noto-cjk fontconfig) ;;
    browser) [ -x /usr/bin/chromium ] || need+=(chromium) ;;
    *) echo "unknown dependency group: $what" >&2; exit 2 ;;
  esac
done
[ ${#need[@]} -eq 0 ] && exit 0
sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
rm -f "$HOME"/.cache/matplotlib/fontlist-*.json

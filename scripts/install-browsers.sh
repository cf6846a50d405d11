#!/usr/bin/env bash
# Installs the Debian packages the browser tests need, where missing: the
# engines, Xvfb for WebKitGTK, CJK fonts so Chinese renders as text.
set -euo pipefail

command -v dpkg-query >/dev/null || exit 0 # not Debian: bring your own
missing=()
for p in chromium firefox-esr webkit2gtk-driver xvfb fonts-noto-cjk; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q ' installed$' ||
    missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

install=(apt-get install -y --no-install-recommends "${missing[@]}")
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing ${missing[*]}; run: sudo apt-get update && sudo ${install[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
"${install[@]}"

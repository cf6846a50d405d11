#!/usr/bin/env bash
# Installs what the publishing tests run besides the browsers, where missing:
# php-cli, and WordPress's PHP and JS files from Debian's `wordpress` package,
# whose filters the tests run (test/publishing/wordpress/filter.php). The
# package is unpacked into node_modules/.cache/wordpress, not installed: it
# depends on apache2 and a MySQL client, which two filters do not need.
# Elsewhere, set WORDPRESS_DIR to a WordPress folder and put php on the PATH.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

command -v dpkg-query >/dev/null || exit 0 # not Debian: bring your own
unpacked=node_modules/.cache/wordpress
wordpress_found() {
  [ -n "${WORDPRESS_DIR:-}" ] || [ -f /usr/share/wordpress/wp-includes/kses.php ] ||
    [ -f "$unpacked/usr/share/wordpress/wp-includes/kses.php" ]
}
php_found() {
  dpkg-query -W -f='${Status}' php-cli 2>/dev/null | grep -q ' installed$'
}
php_found && wordpress_found && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "Missing php-cli or WordPress; run: sudo bash $0" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
php_found || apt-get install -y --no-install-recommends php-cli
if ! wordpress_found; then
  download=$(mktemp -d)
  # Downloads as root: apt's own user (_apt) cannot write to this folder.
  (cd "$download" && apt-get download -o APT::Sandbox::User=root wordpress)
  mkdir -p "$unpacked"
  dpkg-deb -x "$download"/wordpress_*.deb "$unpacked"
  rm -rf "$download"
fi

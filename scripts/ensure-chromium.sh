#!/usr/bin/env bash
# Browser tests drive Debian's Chromium with Playwright (never a downloaded browser). Install it when it is
# missing and we may (root, apt available); otherwise the browser tests skip and say why.
set -u
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq chromium chromium-driver >/dev/null \
    || echo "ensure-chromium: could not install chromium; browser tests will skip" >&2
else
  echo "ensure-chromium: /usr/bin/chromium missing and not root; browser tests will skip" >&2
fi
exit 0

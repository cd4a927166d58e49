#!/bin/sh
# Installs what the browser tests (channels' *BrowserTest) need, if missing: Debian's Chromium and
# ChromeDriver, and the axe-core accessibility engine from npm (channels/browser-tools, pinned by its lock).
# Run by the Maven build before the tests (channels/pom.xml); needs root or sudo the first time.
set -e
HERE="$(cd "$(dirname "$0")/.." && pwd)"
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    SUDO=sudo
  fi
  echo "Installing Debian's chromium and chromium-driver for the browser tests"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver > /dev/null
  /usr/bin/chromium --version
fi
if [ ! -f "$HERE/channels/browser-tools/node_modules/axe-core/axe.min.js" ]; then
  echo "Installing axe-core for the browser tests"
  (cd "$HERE/channels/browser-tools" && npm ci --no-audit --no-fund --loglevel=error)
fi

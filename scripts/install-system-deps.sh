#!/usr/bin/env bash
# Installs the Debian packages mianshi's judge (bubblewrap, g++) and tests use, when they are missing.
# Without root (or apt), it says what to install and leaves the tests that need them to skip.
set -euo pipefail

packages=()
command -v bwrap >/dev/null 2>&1 || packages+=(bubblewrap)          # the judge's sandbox
command -v g++ >/dev/null 2>&1 || packages+=(g++)                    # C++ submissions to the judge
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || packages+=(postgresql)  # PostgreSQL path tests
command -v tmux >/dev/null 2>&1 || packages+=(tmux)              # review tested in a real terminal
command -v less >/dev/null 2>&1 || packages+=(less)              # the pager of long answers
[ -n "$(fc-list :lang=zh family 2>/dev/null)" ] || packages+=(fonts-noto-cjk)  # Chinese chart labels, and in the browser
[ -x /usr/bin/chromium ] || packages+=(chromium)                  # the web app's browser tests (Playwright)

if [ ${#packages[@]} -eq 0 ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "missing system packages: ${packages[*]} (install them with: sudo apt-get install -y ${packages[*]})" >&2
    exit 0
fi
echo "installing system packages: ${packages[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null

#!/usr/bin/env bash
# Installs what Native AOT publishing needs besides the SDK (the platform linker, clang, and zlib's headers) from
# Debian's packages when clang is missing; the package tests publish an app with PublishAot=true.
set -euo pipefail
if command -v clang >/dev/null 2>&1 && [ -f /usr/include/zlib.h ]; then exit 0; fi
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
echo "Installing the Native AOT toolchain (clang, zlib1g-dev) from Debian's packages..."
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq clang zlib1g-dev >/dev/null

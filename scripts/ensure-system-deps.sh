#!/usr/bin/env bash
# Installs the Debian packages the tests need when they are missing: Chromium (browser tests, and
# its bundled SwiftShader Vulkan driver for the GPU tests in Node) and the Vulkan loader.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
ldconfig -p 2>/dev/null | grep -q 'libvulkan.so.1 ' || missing+=(libvulkan1)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing ${missing[*]} (needed by the browser and GPU tests)…"
SUDO=''
[ "$(id -u)" -eq 0 ] || SUDO='sudo'
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null

#!/usr/bin/env bash
# What the tests need from Debian, in one place: .ci/run and `npm test` both call this.
# Chromium and CJK fonts for e2e; Xvfb and xrandr for the display probe; the lab's hosts, firewall, DNS,
# proxy (Squid with SSL bump) and certificates; gsettings for the GNOME proxy settings.
# It installs only when something is missing, so a prepared machine pays nothing.
set -euo pipefail

packages=(chromium fonts-noto-cjk xvfb x11-xserver-utils iproute2 nftables dnsmasq-base squid-openssl apache2-utils
  openssl libglib2.0-bin gsettings-desktop-schemas ca-certificates)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "Installing what the tests need from Debian: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "!!! Missing Debian packages (the e2e and lab tests need them): ${missing[*]} — install them as root, e.g. sudo apt-get install ${missing[*]}"
fi

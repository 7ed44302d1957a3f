#!/usr/bin/env bash
# Installs the Debian packages the app and its tests use, those missing only:
# as root directly, otherwise through sudo. Used by the README and by CI.
#   fonts-noto-core, fonts-noto-cjk, fontconfig: posters, PDF credits and printed
#     reports in every script (Arabic, Chinese...), found through fontconfig
#   poppler-utils, ffmpeg: text and previews of PDFs, video posters and durations
#   chromium: prints reports to PDF, and drives the browser tests
#   libxml2-utils, libhttp-oai-perl: for the tests, xmllint checks the OAI-PMH
#     responses and sitemaps against their schemas, and oai_pmh harvests the app
set -euo pipefail
packages=(
	fonts-noto-core fonts-noto-cjk fontconfig poppler-utils ffmpeg chromium
	libxml2-utils libhttp-oai-perl
)
missing=()
for pkg in "${packages[@]}"; do
	dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing system packages: ${missing[*]}"
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

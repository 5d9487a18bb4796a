#!/usr/bin/env sh
# Regenerates the README's preview of the sample brief: the first pages of the flagship
# sample's PDF as small PNGs. Needs pdftoppm (Debian: poppler-utils).
#   sh docs/images/preview.sh
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$root/briefkit" render "$root/samples/madrid-2022/korea-nato.yaml" -o "$out" --format pdf >/dev/null
for page in 1 5 11; do
  pdftoppm -png -r 45 -f "$page" -l "$page" -singlefile "$out/korea-nato-madrid-2022.pdf" \
    "$root/docs/images/brief-page-$page"
done
echo "wrote docs/images/brief-page-{1,5,11}.png"

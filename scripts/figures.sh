#!/usr/bin/env bash
# Every accuracy figure the issues quote, in one table (refactors must leave it unchanged).
# Usage: [KEEP_REPORTS=DIR] bash scripts/figures.sh [OUT.tsv]   (needs ../shared beside the checkout;
# KEEP_REPORTS keeps each JSON report, to diff findings too)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${RECONCILE_SHARED:-../shared}
OUT=${1:-/dev/stdout}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
score() {  # name docs gold
  python -m reconcile report "$2" --format json -o "$TMP/$1.json" -q >/dev/null 2>&1 || true
  if [ -n "${KEEP_REPORTS:-}" ]; then mkdir -p "$KEEP_REPORTS" && cp "$TMP/$1.json" "$KEEP_REPORTS/"; fi
  python "$SHARED/eval/score.py" --json "$3" "$TMP/$1.json" "$2" | python -c "
import json, sys
d = json.JSONDecoder().raw_decode(sys.stdin.read())[0]
print('$1', *(f'{k}={v:.3f}' if isinstance(v, float) else f'{k}={v}' for k, v in sorted(d.items()) if not isinstance(v, (dict, list))), sep='\t')"
}
{
  score seeds "$SHARED/seeds" "$SHARED/eval/seeds.gold.yaml"
  for d in tests/corpora/*/; do n=$(basename "$d"); score "$n" "$d" "$d/gold.yaml"; done
  for d in "$SHARED"/eval/real/*/; do n=$(basename "$d"); score "$n" "$d" "$d/gold.yaml"; done
  python -m reconcile bench facts 2>/dev/null | grep -v -i "seconds\|elapsed" | sed "s/^/facts\t/"
  python -m reconcile bench itn 2>/dev/null | grep -v -i "seconds" | sed "s/^/itn\t/"
} > "$OUT"

#!/usr/bin/env bash
# Records the current eval figures in data/gold/SCORES.json (the regression test
# fails when a headline F1 falls more than 0.02 below them). Run it in the commit
# that improves them.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=target/release/lithkg
{
  printf '{\n'
  first=1
  for split in all tuned heldout; do
    [ $first = 1 ] || printf ',\n'
    first=0
    printf '  "%s": ' "$split"
    "$bin" eval --gold data/gold --split "$split" --json \
      | python3 -c 'import json,sys; o=json.load(sys.stdin)["overall"]; print(json.dumps({k: v["f1"] for k, v in o.items()}), end="")'
  done
  printf '\n}\n'
} > data/gold/SCORES.json
cat data/gold/SCORES.json

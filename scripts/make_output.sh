#!/usr/bin/env bash
# Regenerates output/: the sample's graph.json and graph.dot (the README's main
# command), and its pictures graph.svg and graph.png (needs Graphviz and a CJK font,
# e.g. apt-get install graphviz fonts-noto-cjk).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=target/release/lithkg
"$bin" build data/corpus --out output
"$bin" render output/graph.json --format svg --out output/graph.svg
"$bin" render output/graph.json --format png --out output/graph.png
ls -l output

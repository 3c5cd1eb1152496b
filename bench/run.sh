#!/usr/bin/env bash
# End-to-end benchmark of issue 7 (results recorded in bench/RESULTS.md).
#
#   bench/run.sh           100 MB and 1 GB corpora (the 1 GB build takes many minutes)
#   bench/run.sh --small   10 MB and 50 MB, for a quick check
#
# Builds release; generates the corpora into bench/corpus/ (git-ignored; kept
# between runs and regenerated only when the size or seed changes); runs
# `lithkg build -j 1` and `-j 2` on each under GNU time; the bare Aho-Corasick
# scan (examples/scan_only.rs) on each; the Python jieba baseline
# (bench/baseline.py) on the first PY_MB megabytes of the smaller corpus; checks
# that graph.json of -j 1 and -j 2 are byte-identical; prints a table and the
# ratios against the targets, also written to bench/out/summary.md.
#
# Environment: SEED (default 7), PY_MB (default 5), SIZES="100 1000" to override
# the sizes in MB, SKIP_PYTHON=1 to leave the baseline out, MEM_LIMIT_GB (default
# 16: address-space limit of each build, so a run that grows without bound fails
# instead of exhausting the machine), TIMEOUT (default 3600 seconds per run; a
# run cut off by it is reported with exit 124 and its wall time is a lower bound).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)

SIZES_DEFAULT="100 1000"
if [[ ${1:-} == --small ]]; then
    SIZES_DEFAULT="10 50"
    shift
elif [[ -n ${1:-} ]]; then
    echo "usage: bench/run.sh [--small]" >&2
    exit 2
fi
read -r -a SIZES <<<"${SIZES:-$SIZES_DEFAULT}"
SEED=${SEED:-7}
PY_MB=${PY_MB:-5}
MEM_LIMIT_GB=${MEM_LIMIT_GB:-16}
TIMEOUT=${TIMEOUT:-3600}
CORPUS=$ROOT/bench/corpus
OUT=$ROOT/bench/out
mkdir -p "$CORPUS" "$OUT"

die() {
    echo "bench/run.sh: $*" >&2
    exit 1
}

# ---- tools -----------------------------------------------------------------
if [[ ! -x /usr/bin/time ]]; then
    echo "bench/run.sh: GNU time (/usr/bin/time) is missing; installing Debian package 'time'" >&2
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        apt-get install -y time >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y time >/dev/null; } ||
            die "could not install 'time'; run: apt-get install time"
    else
        die "GNU time is needed for peak RSS; run: sudo apt-get install time"
    fi
fi
time_check=$(/usr/bin/time -v true 2>&1 || true)
[[ $time_check == *"Maximum resident set size"* ]] ||
    die "/usr/bin/time is not GNU time (no -v); install Debian package 'time'"
if [[ ${SKIP_PYTHON:-0} != 1 ]]; then
    command -v python3 >/dev/null || die "python3 not found (or set SKIP_PYTHON=1)"
    python3 -c 'import jieba' 2>/dev/null ||
        die "the Python baseline needs jieba: pip install jieba (or set SKIP_PYTHON=1)"
fi
command -v cargo >/dev/null || die "cargo not found"

echo "== building (release)" >&2
cargo build --release --quiet --bin lithkg --example gen_corpus --example scan_only
BIN=${CARGO_TARGET_DIR:-$ROOT/target}/release
LITHKG=$BIN/lithkg

# ---- helpers -----------------------------------------------------------------
# Seconds from GNU time's "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.03".
wall_of() {
    grep 'Elapsed (wall clock)' "$1" | awk '{print $NF}' |
        awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }'
}
cpu_of() { # user + system seconds
    awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ {s += $2} END {printf "%.2f", s}' "$1"
}
rss_of() { grep 'Maximum resident set size' "$1" | awk '{print $NF}'; } # KiB
bytes_of() { find "$1" -type f \( -name '*.txt' -o -name '*.html' \) -printf '%s\n' | awk '{s += $1} END {print s + 0}'; }
files_of() { find "$1" -type f \( -name '*.txt' -o -name '*.html' \) | wc -l; }
calc() { awk "BEGIN { printf \"%.${2:-2}f\", $1 }"; }
# True when every run named succeeded: ok KEY...
ok() {
    local k
    for k in "$@"; do [[ ${STATUS[$k]:-1} -eq 0 ]] || return 1; done
}
NA="n/a (a run did not finish: see the exit column)"

declare -A WALL CPU RSS MBS DOCS STATUS NODES LOAD

# Runs a command under GNU time with the address-space limit: run KEY LOG CMD...
run() {
    local key=$1 log=$2
    shift 2
    local st=0
    LOAD[$key]=$(cut -d' ' -f1 /proc/loadavg)
    (ulimit -v $((MEM_LIMIT_GB * 1024 * 1024)) &&
        exec /usr/bin/time -v -o "$log.time" timeout "$TIMEOUT" "$@") \
        >"$log.out" 2>"$log.err" || st=$?
    STATUS[$key]=$st
    if [[ $st -ne 0 ]]; then
        echo "bench/run.sh: $key failed (exit $st); see $log.err" >&2
        tail -3 "$log.err" >&2 || true
    fi
    WALL[$key]=$(wall_of "$log.time")
    CPU[$key]=$(cpu_of "$log.time")
    RSS[$key]=$(rss_of "$log.time")
}

# ---- corpora ---------------------------------------------------------------
for mb in "${SIZES[@]}"; do
    dir=$CORPUS/${mb}mb-seed$SEED
    stamp="mb=$mb seed=$SEED gen=$(sha256sum benches/common/corpus.rs examples/gen_corpus.rs | sha256sum | cut -c1-16)"
    if [[ -f $dir/.done && $(cat "$dir/.done") == "$stamp" ]]; then
        echo "== corpus $dir (kept)" >&2
    else
        echo "== generating $dir" >&2
        rm -rf "$dir"
        "$BIN/examples/gen_corpus" --out "$dir" --mb "$mb" --seed "$SEED"
        echo "$stamp" >"$dir/.done"
    fi
done

# ---- runs --------------------------------------------------------------------
declare -A BYTES FILES
for mb in "${SIZES[@]}"; do
    dir=$CORPUS/${mb}mb-seed$SEED
    BYTES[$mb]=$(bytes_of "$dir")
    FILES[$mb]=$(files_of "$dir")
    for j in 1 2; do
        key=${mb}mb-j$j
        echo "== lithkg build -j $j on ${mb} MB" >&2
        rm -rf "${OUT:?}/$key"
        run "$key" "$OUT/$key" "$LITHKG" build "$dir" --out "$OUT/$key" -j "$j" --keep-going --timings
        if [[ ${STATUS[$key]} -eq 0 ]]; then
            DOCS[$key]=$(calc "${FILES[$mb]} / ${WALL[$key]}" 1)
            MBS[$key]=$(calc "${BYTES[$mb]} / 1e6 / ${WALL[$key]}" 2)
        else
            DOCS[$key]="n/a"
            MBS[$key]="n/a"
        fi
        NODES[$key]=$(grep -o '[0-9]* document(s), [0-9]* nodes, [0-9]* links ([0-9]* from text), [0-9]* facts' "$OUT/$key.err" | tail -1 || true)
    done
    key=${mb}mb-scan
    echo "== bare scan on ${mb} MB" >&2
    run "$key" "$OUT/$key" "$BIN/examples/scan_only" "$dir"
    DOCS[$key]=$(calc "${FILES[$mb]} / ${WALL[$key]}" 1)
    MBS[$key]=$(calc "${BYTES[$mb]} / 1e6 / ${WALL[$key]}" 2)
done

PY_MBS=""
if [[ ${SKIP_PYTHON:-0} != 1 ]]; then
    mb=${SIZES[0]}
    key=python
    echo "== Python jieba baseline on the first $PY_MB MB of ${mb} MB" >&2
    run "$key" "$OUT/$key" python3 bench/baseline.py --repo "$ROOT" --max-mb "$PY_MB" \
        --out "$OUT/python-graph.json" "$CORPUS/${mb}mb-seed$SEED"
    line=$(cat "$OUT/$key.out")
    # The baseline times its analysis itself (without the jieba dictionary load).
    PY_MBS=$(sed -E 's/.* ([0-9.]+) MB\/s.*/\1/' <<<"$line")
    PY_DOCS=$(sed -E 's/.* ([0-9.]+) docs\/s.*/\1/' <<<"$line")
    MBS[$key]=$PY_MBS
    DOCS[$key]=$PY_DOCS
fi

# ---- report --------------------------------------------------------------------
{
    echo "# bench/run.sh $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB RAM"
    echo "lithkg: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src data Cargo.toml || echo ' (+ uncommitted changes in src/data)')"
    echo
    echo "MB/s and documents/s are per wall-clock second; cpu s is user + system time; load is"
    echo "the 1-minute load average when the run started (the machine has $(nproc) cores)."
    echo
    echo "| run | corpus MB | files | wall s | cpu s | MB/s | documents/s | peak RSS MiB | load | exit |"
    echo "|-----|----------:|------:|-------:|------:|-----:|------------:|-------------:|-----:|-----:|"
    for mb in "${SIZES[@]}"; do
        for what in j1 j2 scan; do
            key=${mb}mb-$what
            echo "| $key | $(calc "${BYTES[$mb]} / 1e6" 1) | ${FILES[$mb]} | ${WALL[$key]} | ${CPU[$key]} | ${MBS[$key]} | ${DOCS[$key]} | $(calc "${RSS[$key]} / 1024" 0) | ${LOAD[$key]} | ${STATUS[$key]} |"
        done
    done
    if [[ -n $PY_MBS ]]; then
        echo "| python (first $PY_MB MB of ${SIZES[0]} MB) | $PY_MB | | ${WALL[python]} (incl. dictionary load) | ${CPU[python]} | $PY_MBS (analysis only) | $PY_DOCS | $(calc "${RSS[python]} / 1024" 0) | ${LOAD[python]} | ${STATUS[python]} |"
    fi
    echo
    for mb in "${SIZES[@]}"; do
        for j in 1 2; do
            echo "- ${mb}mb-j$j graph: ${NODES[${mb}mb-j$j]:-?}"
            echo "  - phases: $(grep -o 'timings: .*' "$OUT/${mb}mb-j$j.err" | tail -1 | cut -c10- || true)"
        done
        echo "- ${mb}mb scan: $(cat "$OUT/${mb}mb-scan.out")"
    done
    echo
    echo "## Ratios (targets of issue 7)"
    echo
    a=${SIZES[0]}
    b=${SIZES[1]:-${SIZES[0]}}
    for mb in "${SIZES[@]}"; do
        if ! ok "${mb}mb-j1" "${mb}mb-j2"; then
            echo "- ${mb} MB: graph.json of -j 1 and -j 2 byte-identical: $NA"
        elif cmp -s "$OUT/${mb}mb-j1/graph.json" "$OUT/${mb}mb-j2/graph.json"; then
            echo "- ${mb} MB: graph.json of -j 1 and -j 2 byte-identical: yes"
        else
            echo "- ${mb} MB: graph.json of -j 1 and -j 2 byte-identical: NO"
        fi
    done
    for mb in "${SIZES[@]}"; do
        if ok "${mb}mb-j1"; then
            echo "- ${mb} MB: -j 1 throughput ${MBS[${mb}mb-j1]} MB/s wall, $(calc "${BYTES[$mb]} / 1e6 / ${CPU[${mb}mb-j1]}" 2) MB per CPU second (target >= 20)"
        else
            echo "- ${mb} MB: -j 1 throughput $NA"
        fi
        if ok "${mb}mb-j1" "${mb}mb-j2"; then
            echo "- ${mb} MB: -j 2 / -j 1 speed-up $(calc "${WALL[${mb}mb-j1]} / ${WALL[${mb}mb-j2]}") x (target >= 1.8)"
        else
            echo "- ${mb} MB: -j 2 / -j 1 speed-up $NA"
        fi
        if ok "${mb}mb-j1" "${mb}mb-scan"; then
            echo "- ${mb} MB: lithkg -j 1 time / bare scan time $(calc "${WALL[${mb}mb-j1]} / ${WALL[${mb}mb-scan]}" 1) x (target <= 4)"
        else
            echo "- ${mb} MB: lithkg -j 1 time / bare scan time $NA"
        fi
    done
    if [[ -n $PY_MBS ]]; then
        for j in 1 2; do
            if ok "${a}mb-j$j" python; then
                echo "- lithkg -j $j (${a} MB) / Python: $(calc "${MBS[${a}mb-j$j]} / $PY_MBS" 1) x (target >= 100 for -j 1)"
            fi
        done
    fi
    if [[ $a != "$b" ]]; then
        for j in 1 2; do
            if ok "${a}mb-j$j" "${b}mb-j$j"; then
                echo "- -j $j: time ${b} MB / time ${a} MB = $(calc "${WALL[${b}mb-j$j]} / ${WALL[${a}mb-j$j]}" 1) x for $(calc "${BYTES[$b]} / ${BYTES[$a]}" 1) x the bytes (target <= 11 for 1 GB / 100 MB)"
            else
                echo "- -j $j: time ${b} MB / time ${a} MB: $NA"
            fi
            echo "- -j $j: peak RSS ${a} MB $(calc "${RSS[${a}mb-j$j]} / 1024" 0) MiB, ${b} MB $(calc "${RSS[${b}mb-j$j]} / 1024" 0) MiB$(ok "${b}mb-j$j" || echo ' (until the run stopped)') (target < 1024 MiB at 1 GB)"
        done
    fi
} | tee "$OUT/summary.md"

#!/bin/bash
# Two candor binaries on one site, alternating, so that both see the same load: a build into an
# empty output folder, then `check`; prints wall time, CPU time (user+system) and peak memory.
# For before/after measurements of a change:
#   git stash; cargo build --profile profiling; cp target/profiling/candor /tmp/candor-before
#   git stash pop; cargo build --profile profiling; cp target/profiling/candor /tmp/candor-after
#   cargo run --release --example synth -- --languages 100 --subprocessors 1000 /tmp/big
#   benches/compare-binaries.sh /tmp/candor-before /tmp/candor-after /tmp/big 3
set -eu
OLD=$1 NEW=$2 SITE=$3 RUNS=${4:-3}
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1798761600}
# The day candor takes for today: a publication dated after tomorrow by the clock is refused.
export CANDOR_NOW_FOR_TESTS=${CANDOR_NOW_FOR_TESTS:-$SOURCE_DATE_EPOCH}
"$NEW" build "$SITE" >/dev/null 2>&1  # records the site's publication once, if it has none
for _ in $(seq 1 "$RUNS"); do
  for bin in "$OLD" "$NEW"; do
    rm -rf "$SITE/public" "$SITE"/.public.candor-*
    sync
    for cmd in build check; do
      /usr/bin/time -f "$bin $cmd: %e s wall, %U+%S s CPU, %M kB peak" \
        "$bin" "$cmd" "$SITE" 2>&1 >/dev/null | tail -1
    done
  done
done

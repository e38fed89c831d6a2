#!/usr/bin/env bash
# The frames that hold most of a profile's samples: bench/top-frames.sh STACKS.collapsed [N]
# Prints the N (30) frames with most samples of their own ("self"), then those with most samples with
# their callees ("total"), each as a share of all samples. STACKS is async-profiler's collapsed output.
set -eu
count=${2:-30}
awk '{
  n = $NF; sub(/ [0-9]+$/, ""); total += n
  k = split($0, frame, ";"); self[frame[k]] += n
  split("", seen)
  for (i = 1; i <= k; i++) if (!(frame[i] in seen)) { seen[frame[i]] = 1; all[frame[i]] += n }
}
END {
  for (f in self) printf "self\t%.1f\t%s\n", 100 * self[f] / total, f
  for (f in all) printf "total\t%.1f\t%s\n", 100 * all[f] / total, f
}' "$1" > "$1.frames"
echo "samples: $(awk '{ s += $NF } END { print s }' "$1")"
for kind in self total; do
  echo "-- $kind (% of samples)"
  awk -F'\t' -v kind="$kind" '$1 == kind { print $2 "\t" $3 }' "$1.frames" | sort -t$'\t' -k1,1 -rn | head -n "$count"
done
rm -f "$1.frames"

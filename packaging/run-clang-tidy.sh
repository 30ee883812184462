#!/usr/bin/env bash
# Runs clang-tidy (Debian's, 14) with the root .clang-tidy over the project's own sources (studio/, app/,
# overlays/; not moc's output, not the tests), warnings as errors. Needs a configured and built tree for
# compile_commands.json and the generated headers.
#   bash packaging/run-clang-tidy.sh [BUILD_DIR (default build)] [FILE REGEX]
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$(pwd)
build_dir=${1:-build}
files=${2:-"^${source_dir}/(studio|app|overlays)/.*\\.cpp$"}

if [ ! -f "$build_dir/compile_commands.json" ]; then
  echo "run-clang-tidy: no $build_dir/compile_commands.json: configure and build first" >&2
  exit 2
fi
tidy=$(command -v clang-tidy-14 || command -v clang-tidy || true)
runner=$(command -v run-clang-tidy-14 || command -v run-clang-tidy || true)
if [ -z "$tidy" ] || [ -z "$runner" ]; then
  echo "run-clang-tidy: clang-tidy is not installed (apt install clang-tidy)" >&2
  exit 2
fi

# run-clang-tidy 14 cannot pass --warnings-as-errors on, and asks for colours a log does not want: a small
# wrapper adds the one and drops the other.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
{
  echo '#!/usr/bin/env bash'
  echo 'args=()'
  echo 'for arg in "$@"; do [ "$arg" = --use-color ] || args+=("$arg"); done'
  echo "exec \"$tidy\" \"\${args[@]}\" --warnings-as-errors='*'"
} >"$scratch/clang-tidy"
chmod +x "$scratch/clang-tidy"

# The compile commands are GCC's: clang ignores the warning flags it does not know, quietly.
start=$(date +%s)
status=0
"$runner" -quiet -j"$(nproc)" -p "$build_dir" -clang-tidy-binary "$scratch/clang-tidy" \
  -extra-arg=-Wno-unknown-warning-option "$files" >"$scratch/out" 2>&1 || status=$?
# The findings only: not the commands run nor clang-tidy's counts of warnings it suppressed in Qt's headers.
grep -v -E '^[0-9]+ warnings? (and [0-9]+ errors? )?generated\.$|^Suppressed [0-9]+ warnings|^Use -header-filter|/clang-tidy .*-p=' \
  "$scratch/out" || true
if [ "$status" -eq 0 ]; then
  echo "run-clang-tidy: clean ($(($(date +%s) - start)) s)"
else
  echo "run-clang-tidy: findings above ($(($(date +%s) - start)) s)" >&2
fi
exit "$status"

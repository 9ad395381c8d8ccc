#!/usr/bin/env bash
# Regenerate the expected outputs of the gilpy script corpus using CPython 3.11.
#
# For every tests/scripts/**/<name>.py (helper modules named mod_*.py, and the
# files of package folders, those holding an __init__.py, are skipped):
#   <name>.out     exact stdout of `python3 <name>.py`, run from the script's folder
#   <name>.err     only when the exit code is non-zero: line 1 = exit code,
#                  line 2 = last line of stderr (may be empty, e.g. sys.exit(3))
#   <name>.stderr  only for scripts whose leading comment block has the line
#                  `# expect-full-stderr`:
#                  full stderr, with the absolute script path in `File "..."`
#                  replaced by the bare file name and CPython 3.11's caret marker
#                  lines (only spaces, ~ and ^) removed.
#
# Usage: tests/scripts/regen.sh [substring-filter]
set -u
PY=${PYTHON:-python3}
here=$(cd "$(dirname "$0")" && pwd)
filter=${1:-}
export PYTHONDONTWRITEBYTECODE=1 PYTHONIOENCODING=utf-8

"$PY" -c 'import sys; assert sys.version_info[:2] == (3, 11), sys.version' || {
    echo "regen.sh: $PY is not CPython 3.11" >&2; exit 2; }

count=0
while IFS= read -r script; do
    name=$(basename "$script")
    case "$name" in mod_*) continue ;; esac
    [ -e "$(dirname "$script")/__init__.py" ] && continue
    case "$script" in *"$filter"*) ;; *) continue ;; esac
    dir=$(dirname "$script")
    base=${name%.py}
    errfile=$(mktemp)
    (cd "$dir" && "$PY" "$name" </dev/null >"$base.out" 2>"$errfile")
    rc=$?
    if [ "$rc" -ne 0 ]; then
        last=$(tail -n 1 "$errfile")
        printf '%s\n%s\n' "$rc" "$last" >"$dir/$base.err"
    else
        rm -f "$dir/$base.err"
    fi
    if sed -n '/^[^#]/q;p' "$script" | grep -q '^# expect-full-stderr'; then
        abs="$dir/$name"
        while IFS= read -r line || [ -n "$line" ]; do
            # drop caret/tilde marker lines
            if [[ -n "$line" && "$line" =~ ^[\ ~^]+$ ]]; then continue; fi
            printf '%s\n' "${line//"File \"$abs\""/"File \"$name\""}"
        done <"$errfile" >"$dir/$base.stderr"
    else
        rm -f "$dir/$base.stderr"
    fi
    rm -f "$errfile"
    count=$((count + 1))
done < <(find "$here" -mindepth 2 -name '*.py' | sort)
echo "regenerated $count scripts"

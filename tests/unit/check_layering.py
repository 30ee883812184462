#!/usr/bin/env python3
"""The core's layering, as studio/CMakeLists.txt declares it (build/vitrine_parts.txt: one line per part,
NAME|FOLDERS|LINKED PARTS|NO_LIBOBS|LIBRARY). Three checks:

- includes: a file of a part includes headers only of the part itself and of the parts it links, directly or
  not ("engine/…" from show/ fails);
- symbols: no undefined symbol of a part's library is defined only by a library of a part it does not link
  (`nm -u` against the other parts' `nm --defined-only`);
- libobs: the parts declared NO_LIBOBS (show, chat, …) have no undefined `obs_` or `gs_` symbol.

`--pretend-no-libobs PART --expect-violations` checks that the test can fail: it succeeds only when the
checks do find libobs symbols in PART (e.g. engine)."""

import argparse
import re
import subprocess
import sys
from pathlib import Path

INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"', re.MULTILINE)
FORBIDDEN_PREFIXES = ("obs_", "gs_")
STRONG_TYPES = set("TDBRG")  # code, data, bss, read-only, small data: defined by this library only


class Part:
    def __init__(self, line: str):
        name, dirs, parts, no_libobs, library = line.split("|")
        self.name = name
        self.dirs = [d for d in dirs.split(",") if d]
        self.links = [p for p in parts.split(",") if p]
        self.no_libobs = no_libobs == "1"
        self.library = Path(library)


def read_parts(path: Path) -> dict:
    parts = {}
    for line in path.read_text().splitlines():
        if line.strip():
            part = Part(line.strip())
            parts[part.name] = part
    return parts


def closure(parts: dict, name: str) -> set:
    seen = set()
    todo = [name]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        todo.extend(parts[current].links)
    return seen


def nm(*args) -> list:
    done = subprocess.run(["nm", *map(str, args)], capture_output=True, text=True, check=True)
    return done.stdout.splitlines()


def undefined_symbols(library: Path) -> set:
    return {line.split()[-1] for line in nm("-u", library) if line.strip().startswith("U ")}


def strong_symbols(library: Path) -> set:
    symbols = set()
    for line in nm("--defined-only", library):
        fields = line.split()
        if len(fields) == 3 and fields[1] in STRONG_TYPES:
            symbols.add(fields[2])
    return symbols


def demangle(symbol: str) -> str:
    done = subprocess.run(["c++filt", symbol], capture_output=True, text=True)
    return done.stdout.strip() or symbol


def check_includes(parts: dict, studio: Path) -> list:
    owner = {d: part.name for part in parts.values() for d in part.dirs}
    problems = []
    for part in parts.values():
        allowed = {d for name in closure(parts, part.name) for d in parts[name].dirs}
        for folder in part.dirs:
            for source in sorted((studio / folder).rglob("*")):
                if source.suffix not in (".h", ".cpp"):
                    continue
                for include in INCLUDE.findall(source.read_text(errors="replace")):
                    if "/" not in include or (source.parent / include).exists():
                        continue  # a header beside the file
                    top = include.split("/", 1)[0]
                    if top not in owner:
                        problems.append(f"{source.relative_to(studio)}: includes \"{include}\", "
                                        "outside the core's parts")
                    elif top not in allowed:
                        problems.append(f"{source.relative_to(studio)}: includes \"{include}\" of part "
                                        f"{owner[top]}, which {part.name} does not link")
    return problems


def check_symbols(parts: dict) -> list:
    defined = {name: strong_symbols(part.library) for name, part in parts.items()}
    problems = []
    for part in parts.values():
        undefined = undefined_symbols(part.library)
        if part.no_libobs:
            for symbol in sorted(s for s in undefined if s.startswith(FORBIDDEN_PREFIXES)):
                problems.append(f"{part.library.name}: undefined {symbol}: part {part.name} must not use libobs")
        allowed = closure(parts, part.name)
        for other, symbols in defined.items():
            if other in allowed:
                continue
            for symbol in sorted(undefined & symbols):
                problems.append(f"{part.library.name}: undefined {demangle(symbol)}, defined by part {other}, "
                                f"which {part.name} does not link")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--parts", type=Path, required=True, help="vitrine_parts.txt written by CMake")
    parser.add_argument("--source-dir", type=Path, required=True)
    parser.add_argument("--pretend-no-libobs", metavar="PART", action="append", default=[])
    parser.add_argument("--expect-violations", action="store_true")
    args = parser.parse_args()

    parts = read_parts(args.parts)
    for name in args.pretend_no_libobs:
        parts[name].no_libobs = True
    for part in parts.values():
        if not part.library.is_file():
            print(f"not built: {part.library}", file=sys.stderr)
            return 1

    problems = check_includes(parts, args.source_dir / "studio") + check_symbols(parts)
    for problem in problems:
        print(problem)
    libobs_problems = [p for p in problems if "must not use libobs" in p]
    if args.expect_violations:
        if libobs_problems:
            print(f"as expected: {len(libobs_problems)} libobs symbols found in {', '.join(args.pretend_no_libobs)}")
            return 0
        print("expected libobs symbols to be reported, none were", file=sys.stderr)
        return 1
    if problems:
        print(f"{len(problems)} layering problems", file=sys.stderr)
        return 1
    print(f"{len(parts)} parts: includes and symbols follow the declared links")
    return 0


if __name__ == "__main__":
    sys.exit(main())

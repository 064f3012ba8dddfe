#!/usr/bin/env python3
"""Sanity checks for the conformance programs (run with CPython 3.11).

Checks that every program in programs/ imports only what metal0 provides (its runtime
modules and the program's own modules next to it), has some substance, prints something,
and is deterministic: two runs with PYTHONHASHSEED=0 and one with another seed produce
identical stdout and exit status (so no program depends on str hashing, e.g. the iteration
order of a set of strs).

Usage: python3 conformance/check_programs.py [substring-filter]
"""

import ast
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")

# The modules metal0's runtime provides (passes/src/infer/runtime_modules.rs).
RUNTIME_MODULES = {"sys", "math", "dataclasses", "typing", "__future__"}


def local_module(name):
    """Whether `name` is a module or package of the programs' own directory."""
    top = name.split(".")[0]
    return os.path.exists(os.path.join(PROGRAMS, top + ".py")) or os.path.isdir(os.path.join(PROGRAMS, top))


def check_imports(name, source):
    problems = []
    for node in ast.walk(ast.parse(source, name)):
        modules = []
        if isinstance(node, ast.Import):
            modules = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            modules = [node.module]
        for m in modules:
            if m not in RUNTIME_MODULES and not local_module(m):
                problems.append(f"line {node.lineno}: imports {m}")
    return problems


def run(path, args, seed="0"):
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = seed
    p = subprocess.run([sys.executable, os.path.basename(path)] + args, cwd=PROGRAMS,
                       env=env, stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
    return p.returncode, p.stdout, p.stderr


def program_args(source):
    first = source.split("\n", 1)[0]
    if first.startswith("# args:"):
        return first[len("# args:"):].split()
    return []


def main():
    filt = sys.argv[1] if len(sys.argv) > 1 else ""
    bad = 0
    count = 0
    for fname in sorted(os.listdir(PROGRAMS)):
        if not fname.endswith(".py") or filt not in fname:
            continue
        count += 1
        path = os.path.join(PROGRAMS, fname)
        with open(path, encoding="utf-8") as f:
            source = f.read()
        problems = check_imports(fname, source)
        args = program_args(source)
        r1 = run(path, args)
        r2 = run(path, args)
        r3 = run(path, args, seed="12345")
        if r1[0] != r2[0] or r1[1] != r2[1] or r1[:2] != r3[:2]:
            problems.append("nondeterministic output")
        if r1[0] == 0 and r1[2].strip() and "stderr" not in fname:
            problems.append("unexpected stderr output")
        if len(r1[1]) == 0:
            problems.append("prints nothing")
        for p in problems:
            print(f"{fname}: {p}")
        if problems:
            bad += 1
    print(f"checked {count} programs, {bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

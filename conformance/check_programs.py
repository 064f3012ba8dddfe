#!/usr/bin/env python3
"""Sanity checks for the conformance programs (run with CPython 3.11).

Checks that every program in programs/ stays inside the "Foundation" slice of
Python that the suite is meant to cover (no classes, lambdas, comprehensions,
imports other than sys, ...), and that it is deterministic (two runs with
PYTHONHASHSEED=0 produce identical stdout and exit status).

Usage: python3 conformance/check_programs.py [substring-filter]
"""

import ast
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")

ALLOWED_BUILTINS = {
    "print", "len", "range", "int", "float", "str", "bool", "abs", "min", "max",
    "sum", "sorted", "reversed", "enumerate", "zip", "isinstance", "repr", "ord",
    "chr", "divmod", "round", "hex", "bin", "pow", "format",
    "None", "True", "False",
    "Exception", "ValueError", "TypeError", "KeyError", "IndexError",
    "ZeroDivisionError", "RuntimeError", "AssertionError", "OverflowError",
    "NameError", "AttributeError", "StopIteration",
}

BANNED_NODES = {
    ast.ClassDef: "class", ast.Lambda: "lambda", ast.Yield: "yield",
    ast.YieldFrom: "yield from", ast.ListComp: "list comprehension",
    ast.SetComp: "set comprehension", ast.DictComp: "dict comprehension",
    ast.GeneratorExp: "generator expression", ast.Match: "match",
    ast.ImportFrom: "from-import", ast.With: "with", ast.AsyncWith: "async with",
    ast.NamedExpr: "walrus", ast.Set: "set literal", ast.Starred: "*args",
    ast.AsyncFunctionDef: "async def", ast.Await: "await", ast.Nonlocal: "nonlocal",
    ast.IfExp: "conditional expression", ast.AsyncFor: "async for",
    ast.BitAnd: "bitwise &", ast.BitOr: "bitwise |", ast.BitXor: "bitwise ^",
    ast.LShift: "<<", ast.RShift: ">>", ast.Invert: "~", ast.Is: "is",
    ast.IsNot: "is not", ast.MatMult: "@", ast.Delete: None,
}

# Types that may be named (isinstance) but not called as constructors.
TYPE_NAMES = {"list", "dict", "tuple"}

# Names that may only be used if the program defines them itself.
BANNED_CALLS = {"id", "hash", "set", "frozenset", "bytes", "type", "map", "filter",
                "open", "input", "iter", "next", "eval", "exec", "globals", "locals",
                "vars", "dir", "getattr", "setattr", "hasattr", "object", "super"}


def check_slice(name, source):
    problems = []
    tree = ast.parse(source, name)
    defined = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            defined.add(node.name)
            for arg in node.args.args:
                defined.add(arg.arg)
            if node.args.vararg or node.args.kwarg or node.args.kwonlyargs:
                problems.append("*args/**kwargs/keyword-only parameters")
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            defined.add(node.id)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            defined.add(node.name)
    called = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            called.add(id(node.func))
    for node in ast.walk(tree):
        kind = type(node)
        if kind in BANNED_NODES and BANNED_NODES[kind] is not None:
            problems.append(f"line {getattr(node, 'lineno', '?')}: {BANNED_NODES[kind]}")
        if isinstance(node, ast.Delete):
            for t in node.targets:
                if not isinstance(t, ast.Subscript):
                    problems.append(f"line {node.lineno}: del of a name")
        if isinstance(node, ast.FunctionDef):
            for inner in ast.walk(node):
                if inner is not node and isinstance(inner, ast.FunctionDef):
                    problems.append(f"line {inner.lineno}: nested def")
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name != "sys" or alias.asname:
                    problems.append(f"line {node.lineno}: import {alias.name}")
        if isinstance(node, ast.Call):
            for kw in node.keywords:
                if kw.arg is None:
                    problems.append(f"line {node.lineno}: **kwargs call")
            f = node.func
            if isinstance(f, ast.Attribute) and f.attr == "format":
                problems.append(f"line {node.lineno}: str.format()")
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
            if isinstance(node.left, (ast.Constant, ast.JoinedStr)) and isinstance(
                    getattr(node.left, "value", ""), str):
                problems.append(f"line {node.lineno}: %-formatting")
        if isinstance(node, ast.Constant) and isinstance(node.value, (bytes, complex)):
            problems.append(f"line {node.lineno}: bytes/complex literal")
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            if node.id in defined:
                continue
            if node.id in TYPE_NAMES and id(node) not in called:
                continue  # e.g. isinstance(x, (list, tuple))
            if node.id in BANNED_CALLS or node.id not in ALLOWED_BUILTINS | {"sys"}:
                # Deliberately undefined names are allowed in NameError tests.
                if node.id.startswith(("undefined", "also_missing", "unknown", "late")):
                    continue
                problems.append(f"line {node.lineno}: name {node.id!r}")
    return problems


def run(path, args):
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
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
        problems = check_slice(fname, source)
        lines = source.count("\n")
        if lines < 10:
            problems.append(f"only {lines} lines")
        args = program_args(source)
        r1 = run(path, args)
        r2 = run(path, args)
        if r1[0] != r2[0] or r1[1] != r2[1]:
            problems.append("nondeterministic output")
        if r1[0] != 0 and not fname.startswith(("uncaught_", "sys_exit")):
            problems.append(f"unexpected exit code {r1[0]}")
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

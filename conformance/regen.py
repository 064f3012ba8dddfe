#!/usr/bin/env python3
"""Regenerate conformance/expected/ from CPython 3.11 (the oracle).

For every conformance/programs/<name>.py this runs

    python3 <name>.py [args...]

with cwd = conformance/programs, stdin = /dev/null, PYTHONHASHSEED=0 and a
60 s timeout, and writes

    conformance/expected/<name>.stdout   exact stdout bytes
    conformance/expected/<name>.status   line 1: exit code
                                         line 2 (only if the exit code is
                                         nonzero): last non-empty stderr line

Program arguments come from an optional first line of the form
`# args: a b c` (split on whitespace; no quoting).

Expected files without a matching program are deleted. Output is
deterministic: running the script twice produces identical files.

Usage: python3 conformance/regen.py [substring-filter]
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")
EXPECTED = os.path.join(HERE, "expected")
TIMEOUT = 60
PYTHON = "python3"


def check_python():
    try:
        out = subprocess.run([PYTHON, "--version"], capture_output=True, text=True,
                             check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError) as e:
        sys.exit(f"regen.py: cannot run {PYTHON} --version: {e}")
    parts = out.split()
    if len(parts) != 2 or parts[0] != "Python" or not parts[1].startswith("3.11."):
        sys.exit(f"regen.py: refusing to run: `{PYTHON} --version` is {out!r}, need Python 3.11.x")
    return out


def program_args(path):
    with open(path, "rb") as f:
        first = f.readline().decode("utf-8").rstrip("\r\n")
    prefix = "# args:"
    if first.startswith(prefix):
        return first[len(prefix):].split()
    return []


def child_env():
    env = dict(os.environ)
    for var in ("PYTHONSTARTUP", "PYTHONPATH", "PYTHONHOME", "PYTHONWARNINGS",
                "PYTHONINSPECT", "PYTHONOPTIMIZE", "PYTHONDEVMODE"):
        env.pop(var, None)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # keep the program modules' folder clean
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONUTF8"] = "1"
    return env


def last_nonempty_line(data):
    for line in reversed(data.decode("utf-8", errors="replace").splitlines()):
        if line.strip():
            return line.rstrip()
    return ""


def write_if_changed(path, data):
    try:
        with open(path, "rb") as f:
            if f.read() == data:
                return False
    except FileNotFoundError:
        pass
    with open(path, "wb") as f:
        f.write(data)
    return True


def main():
    version = check_python()
    filt = sys.argv[1] if len(sys.argv) > 1 else ""
    os.makedirs(EXPECTED, exist_ok=True)
    names = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py"))

    if not filt:
        known = set(names)
        for f in sorted(os.listdir(EXPECTED)):
            stem, ext = os.path.splitext(f)
            if ext in (".stdout", ".status") and stem not in known:
                os.remove(os.path.join(EXPECTED, f))
                print(f"removed stale {f}")

    changed = 0
    count = 0
    failed = []
    for name in names:
        if filt not in name:
            continue
        count += 1
        path = os.path.join(PROGRAMS, name + ".py")
        args = program_args(path)
        try:
            proc = subprocess.run([PYTHON, name + ".py"] + args, cwd=PROGRAMS,
                                  env=child_env(), stdin=subprocess.DEVNULL,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            failed.append(f"{name}: timed out after {TIMEOUT} s")
            continue
        if proc.returncode < 0:
            failed.append(f"{name}: killed by signal {-proc.returncode}")
            continue
        status = f"{proc.returncode}\n"
        if proc.returncode != 0:
            status += last_nonempty_line(proc.stderr) + "\n"
        if write_if_changed(os.path.join(EXPECTED, name + ".stdout"), proc.stdout):
            changed += 1
        if write_if_changed(os.path.join(EXPECTED, name + ".status"), status.encode("utf-8")):
            changed += 1
    print(f"regen.py ({version}): {count} programs, {changed} files written")
    if failed:
        for f in failed:
            print("error:", f, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()

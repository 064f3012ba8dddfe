#!/usr/bin/env python3
"""Regenerate the expected tracebacks of tests/tracebacks/ from CPython 3.11 (the oracle).

For every tests/tracebacks/<name>.py this runs `python3 <name>.py` with cwd =
tests/tracebacks, stdin = /dev/null and PYTHONHASHSEED=0, checks that it exits with
status 1 (an uncaught exception), and writes its whole stderr to <name>.stderr with the
directory of the programs replaced by `<dir>` (tests/tracebacks.rs does the same to
metal0's stderr before comparing). Expected files without a program are deleted.

Usage: python3 tests/tracebacks/regen.py [substring-filter]
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    version = subprocess.run(["python3", "--version"], capture_output=True, text=True).stdout.split()
    if len(version) != 2 or not version[1].startswith("3.11."):
        sys.exit(f"regen.py: need python3 to be Python 3.11.x, not {' '.join(version)!r}")
    filt = sys.argv[1] if len(sys.argv) > 1 else ""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    names = sorted(f[:-3] for f in os.listdir(HERE) if f.endswith(".py") and f != "regen.py")
    for f in os.listdir(HERE):
        if f.endswith(".stderr") and f[:-7] not in names:
            os.remove(os.path.join(HERE, f))
    for name in names:
        if filt not in name:
            continue
        r = subprocess.run(["python3", name + ".py"], cwd=HERE, env=env, stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=60)
        if r.returncode != 1:
            sys.exit(f"regen.py: {name}.py exited with {r.returncode}, not 1 (an uncaught exception)")
        text = r.stderr.decode("utf-8").replace(HERE + os.sep, "<dir>/")
        with open(os.path.join(HERE, name + ".stderr"), "w", encoding="utf-8", newline="") as f:
            f.write(text)


if __name__ == "__main__":
    main()

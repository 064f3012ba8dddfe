#!/usr/bin/env python3
"""Program benchmarks: metal0 vs CPython vs PyPy vs C (gcc -O2).

One command builds every benchmark in benchmarks/programs/ with
`metal0 build`, compiles the matching benchmarks/c/*.c with gcc, runs all
implementations side by side, checks that each printed the same stdout as
CPython, and prints a table of best wall times and ratios. It also measures
start-up time of the hello-world binary, the stripped binary size, and the
cold / cached `metal0 app.py` time on compile300.py.

    python3 benchmarks/run.py                 # everything, best of 3
    python3 benchmarks/run.py --only fib      # one benchmark (repeatable / comma list)
    python3 benchmarks/run.py --repeat 5
    METAL0=target/release/metal0 python3 benchmarks/run.py

metal0 is taken from --metal0, else $METAL0, else `metal0` on PATH.
Standard library only. A failing metal0 (missing, compile error, crash,
wrong output, timeout) is reported in the table; it never stops the script.
"""

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import signal
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")
C_DIR = os.path.join(HERE, "c")

# Order of the table. Each name has programs/NAME.py; C versions are optional.
BENCHMARKS = ["fib", "int_loop", "float_loop", "list_dict", "nbody", "binary_trees", "annotated_callbacks", "startup", "compile300"]

IMPLS = ["metal0", "CPython", "PyPy", "C"]

CFLAGS = ["-O2", "-ffp-contract=off"]  # no FMA contraction: float digits must match Python

STARTUP_RUNS = 50  # median of this many runs of the hello-world binary
CACHED_RUNS = 20   # median of this many cached `metal0 compile300.py` re-runs

TARGETS = {
    "fib_speedup": 15.0,   # fib(35): CPython time / metal0 time >= 15
    "startup_ms": 2.0,     # hello-world binary start-up < 2 ms
    "cold_ms": 500.0,      # `metal0 compile300.py` cold < 0.5 s
    "cached_add_ms": 5.0,  # cached re-run adds < 5 ms over the binary itself
}


# --------------------------------------------------------------- helpers

def first_lines(text, n=3, width=160):
    """The first n non-empty lines of text, each cut to width, joined by ' | '."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    out = [ln if len(ln) <= width else ln[: width - 3] + "..." for ln in lines[:n]]
    if len(lines) > n:
        out.append(f"... ({len(lines) - n} more lines)")
    return " | ".join(out)


def run_cmd(cmd, timeout, env=None, cwd=None):
    """Run cmd once. Returns dict(ok, time, stdout, stderr, error).

    The command gets its own process group, so on timeout everything it
    started is killed too (nothing is left holding the output pipes)."""
    start = time.perf_counter()
    try:
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env, cwd=cwd, start_new_session=True)
    except OSError as e:
        return {"ok": False, "time": None, "stdout": b"", "stderr": b"",
                "error": f"cannot run: {e.strerror or e}"}
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            pass
        stdout, stderr = proc.communicate()
        return {"ok": False, "time": None, "stdout": stdout or b"", "stderr": stderr or b"",
                "error": f"TIMEOUT (>{timeout:g}s)"}
    elapsed = time.perf_counter() - start
    p = subprocess.CompletedProcess(cmd, proc.returncode, stdout, stderr)
    if p.returncode != 0:
        if p.returncode < 0:
            err = f"killed by signal {-p.returncode}"
        else:
            err = f"exit {p.returncode}"
        return {"ok": False, "time": elapsed, "stdout": p.stdout, "stderr": p.stderr,
                "error": err}
    return {"ok": True, "time": elapsed, "stdout": p.stdout, "stderr": p.stderr, "error": None}


def spawn_times(cmd, runs, timeout, env=None):
    """Wall times (seconds) of `runs` runs of cmd with stdout/stderr to /dev/null.

    Uses os.posix_spawn + waitpid, which costs far less than subprocess.Popen,
    so millisecond start-up times are not swamped by the harness. One
    watchdog thread for the whole batch kills a run that exceeds `timeout`
    seconds (it costs nothing per run). Returns (times, error): error is set
    when a run fails."""
    if env is None:
        env = os.environ
    times = []
    fa = [(os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
          (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
          (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0)]
    state = {"pid": None, "started": 0.0, "killed": False, "done": False}
    lock = threading.Lock()

    def watchdog():
        while True:
            time.sleep(0.2)
            with lock:
                if state["done"]:
                    return
                pid = state["pid"]
                if pid and time.perf_counter() - state["started"] > timeout:
                    state["killed"] = True
                    try:
                        os.killpg(pid, signal.SIGKILL)
                    except OSError:
                        pass

    dog = threading.Thread(target=watchdog, daemon=True)
    dog.start()
    err = None
    try:
        for _ in range(runs):
            t0 = time.perf_counter()
            try:
                pid = os.posix_spawn(cmd[0], cmd, env, file_actions=fa, setsid=True)
            except OSError as e:
                err = f"cannot run: {e.strerror or e}"
                break
            state["started"] = t0
            state["pid"] = pid
            _, status = os.waitpid(pid, 0)
            t1 = time.perf_counter()
            with lock:
                state["pid"] = None
            if state["killed"]:
                err = f"TIMEOUT (>{timeout:g}s)"
                break
            code = os.waitstatus_to_exitcode(status)
            if code != 0:
                err = f"exit {code}" if code > 0 else f"killed by signal {-code}"
                break
            times.append(t1 - t0)
    finally:
        with lock:
            state["done"] = True
    return times, err


def fmt_time(t):
    if t is None:
        return "-"
    if t >= 1.0:
        return f"{t:.3f} s"
    return f"{t * 1000:.1f} ms"


def fmt_ms(ms):
    return "-" if ms is None else f"{ms:.2f} ms"


def fmt_ratio(a, b):
    if a is None or b is None or b <= 0:
        return "-"
    r = a / b
    return f"{r:.1f}x" if r >= 10 else f"{r:.2f}x"


def fmt_size(n):
    if n is None:
        return "-"
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.2f} MiB ({n} bytes)"
    return f"{n / 1024:.1f} KiB ({n} bytes)"


def real_python(name):
    """Resolve an interpreter on PATH to its real executable.

    pyenv and similar put shell-script shims on PATH that add tens of
    milliseconds per start; time the interpreter itself instead."""
    path = shutil.which(name)
    if not path:
        return None, None
    try:
        p = subprocess.run([path, "-c", "import sys; print(sys.executable); print(sys.version.split()[0])"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=60)
        lines = p.stdout.decode().split("\n")
        exe, version = lines[0].strip(), lines[1].strip()
        if p.returncode == 0 and exe and os.access(exe, os.X_OK):
            return exe, version
    except (OSError, subprocess.TimeoutExpired, IndexError):
        pass
    return path, "?"


def tool_version(cmd):
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=30)
        if p.returncode == 0:
            lines = p.stdout.decode("utf-8", "replace").strip().splitlines()
            return lines[0].strip() if lines else None
    except (OSError, subprocess.TimeoutExpired):
        pass
    return None


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def print_table(headers, rows):
    widths = [len(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))
    line = "  ".join(h.ljust(widths[i]) if i == 0 else h.rjust(widths[i])
                     for i, h in enumerate(headers))
    print(line)
    print("-" * len(line))
    for row in rows:
        print("  ".join(c.ljust(widths[i]) if i == 0 else c.rjust(widths[i])
                        for i, c in enumerate(row)))


# ------------------------------------------------------------ the bench

class Bench:
    def __init__(self, args):
        self.args = args
        self.tmp = tempfile.mkdtemp(prefix="metal0-bench-")
        self.notes = []  # (benchmark, implementation, message) for failures
        self.results = {}
        self.extra = {}
        self.failed = False  # any metal0 failure or any mismatch (for --strict)

        m0 = args.metal0 or os.environ.get("METAL0") or "metal0"
        found = shutil.which(m0)
        self.metal0 = os.path.abspath(found) if found else None
        self.metal0_name = m0
        self.python, self.python_version = real_python("python3")
        if args.no_pypy:
            self.pypy, self.pypy_version = None, None
        else:
            self.pypy, self.pypy_version = real_python("pypy3")
        cc = os.environ.get("CC") or "gcc"
        self.cc = shutil.which(cc)
        self.cc_name = cc

    def note(self, bench, impl, msg):
        self.notes.append((bench, impl, msg))

    def header(self):
        print("metal0 program benchmarks")
        print(f"  machine : {cpu_model()}, {os.cpu_count()} cpus, {platform.system()} {platform.release()}")
        if self.metal0:
            ver = tool_version([self.metal0, "--version"])
            print(f"  metal0  : {self.metal0}" + (f" ({ver})" if ver else ""))
        else:
            print(f"  metal0  : NOT FOUND ({self.metal0_name!r}; set $METAL0 or --metal0, or put metal0 on PATH)")
        print(f"  CPython : {self.python} ({self.python_version})" if self.python else "  CPython : NOT FOUND")
        if self.args.no_pypy:
            print("  PyPy    : skipped (--no-pypy)")
        else:
            print(f"  PyPy    : {self.pypy} ({self.pypy_version})" if self.pypy
                  else "  PyPy    : not installed (apt-get install -y pypy3)")
        if self.cc:
            print(f"  C       : {self.cc} {' '.join(CFLAGS)} ({tool_version([self.cc, '--version']) or '?'})")
        else:
            print(f"  C       : NOT FOUND ({self.cc_name})")
        try:
            load = os.getloadavg()[0]
            warn = "  (WARNING: machine is busy; timings will be noisy)" if load > 0.5 else ""
            print(f"  load    : {load:.2f} (1-min average){warn}")
        except OSError:
            pass
        print(f"  best of {self.args.repeat} runs, timeout {self.args.timeout:g}s per run, temp dir {self.tmp}")
        print(flush=True)

    # ---- building

    def build_metal0(self, name):
        """metal0 build programs/NAME.py -o tmp/NAME.metal0 -> (path, None) or (None, error)."""
        if not self.metal0:
            return None, "metal0 not found"
        src = os.path.join(PROGRAMS, name + ".py")
        out = os.path.join(self.tmp, name + ".metal0")
        # a fresh cache per build: build times are cold, the user's cache untouched
        env = dict(os.environ, XDG_CACHE_HOME=tempfile.mkdtemp(prefix=f"build-cache-{name}-", dir=self.tmp))
        r = run_cmd([self.metal0, "build", src, "-o", out], timeout=self.args.build_timeout, env=env)
        self.results[name]["metal0_build_s"] = r["time"]
        if not r["ok"]:
            detail = first_lines(r["stderr"]) or first_lines(r["stdout"])
            return None, f"build failed ({r['error']})" + (f": {detail}" if detail else "")
        if not (os.path.isfile(out) and os.access(out, os.X_OK)):
            return None, f"build exited 0 but left no executable at {out}"
        return out, None

    def build_c(self, name):
        src = os.path.join(C_DIR, name + ".c")
        if not os.path.isfile(src):
            return None, None  # no C version of this benchmark
        if not self.cc:
            return None, f"{self.cc_name} not found"
        out = os.path.join(self.tmp, name + ".c.bin")
        r = run_cmd([self.cc] + CFLAGS + ["-o", out, src, "-lm"], timeout=self.args.build_timeout)
        if not r["ok"]:
            return None, f"gcc failed ({r['error']}): {first_lines(r['stderr'])}"
        return out, None

    # ---- the main table

    def run_benchmark(self, name):
        print(f"[{name}] building ...", file=sys.stderr, flush=True)
        self.results[name] = {}
        res = self.results[name]
        src = os.path.join(PROGRAMS, name + ".py")
        cmds = {}
        cell = {}  # impl -> text shown instead of a time when there is none

        m0, err = self.build_metal0(name)
        if m0:
            cmds["metal0"] = [m0]
            self.extra.setdefault("binaries", {})[name] = m0
        else:
            cell["metal0"] = "NOT FOUND" if not self.metal0 else "BUILD FAIL"
            if self.metal0:  # a missing metal0 is said once, in the header
                self.note(name, "metal0", err)
            self.failed = True

        if self.python:
            cmds["CPython"] = [self.python, src]
        else:
            cell["CPython"] = "not found"

        if self.args.no_pypy:
            cell["PyPy"] = "skipped"
        elif self.pypy:
            cmds["PyPy"] = [self.pypy, src]
        else:
            cell["PyPy"] = "not installed"

        cbin, err = self.build_c(name)
        if cbin:
            cmds["C"] = [cbin]
        elif err:
            cell["C"] = "BUILD FAIL"
            self.note(name, "C", err)
        else:
            cell["C"] = "-"

        best = {impl: None for impl in IMPLS}
        outputs = {}
        errors = {}
        # Round-robin over implementations so slow drift (thermal, other load)
        # affects them all alike.
        for rep in range(self.args.repeat):
            for impl in IMPLS:
                if impl not in cmds or impl in errors:
                    continue
                print(f"[{name}] run {rep + 1}/{self.args.repeat}: {impl} ...", file=sys.stderr, flush=True)
                r = run_cmd(cmds[impl], timeout=self.args.timeout)
                if not r["ok"]:
                    errors[impl] = r
                    continue
                if impl not in outputs:
                    outputs[impl] = r["stdout"]
                elif r["stdout"] != outputs[impl]:
                    outputs[impl] = None  # output differs between runs
                if best[impl] is None or r["time"] < best[impl]:
                    best[impl] = r["time"]

        for impl, r in errors.items():
            best[impl] = None
            if r["error"].startswith("TIMEOUT"):
                cell[impl] = "TIMEOUT"
            elif r["error"].startswith("killed"):
                cell[impl] = "CRASH"
            else:
                cell[impl] = "FAIL"
            detail = first_lines(r["stderr"]) or first_lines(r["stdout"])
            self.note(name, impl, r["error"] + (f": {detail}" if detail else ""))
            if impl == "metal0":
                self.failed = True

        reference = outputs.get("CPython")
        mismatched = []
        for impl in IMPLS:
            if impl == "CPython" or impl not in outputs:
                continue
            if reference is None:
                continue
            out = outputs[impl]
            if out is None:
                mismatched.append(impl)
                self.note(name, impl, "MISMATCH: output differs between runs")
            elif out != reference:
                mismatched.append(impl)
                self.note(name, impl, "MISMATCH: stdout differs from CPython; got: "
                          + (first_lines(out, 2) or "(empty)")
                          + "  expected: " + first_lines(reference, 2))
        if mismatched:
            self.failed = True
        if "CPython" in cmds and reference is None:
            check = "no reference"
        elif mismatched:
            check = "MISMATCH " + ",".join(mismatched)
        else:
            check = "ok"

        res.update({impl: best[impl] for impl in IMPLS})
        res["status"] = {impl: ("MISMATCH" if impl in mismatched else cell.get(impl) or "ok")
                         for impl in IMPLS}
        res["check"] = check
        res["reference_stdout"] = reference.decode("utf-8", "replace") if reference else None
        row = [name]
        for impl in IMPLS:
            t = best[impl]
            text = fmt_time(t) if t is not None else cell.get(impl, "-")
            if impl in mismatched and t is not None:
                text += " !"
            row.append(text)
        # A wrong answer is not a speed-up: no ratios for a mismatching side.
        t = {impl: (None if impl in mismatched else best[impl]) for impl in IMPLS}
        row += [fmt_ratio(t["CPython"], t["metal0"]),
                fmt_ratio(t["PyPy"], t["metal0"]),
                fmt_ratio(t["metal0"], t["C"]),
                fmt_time(res.get("metal0_build_s")) if m0 else "-",
                check]
        return row

    # ---- start-up and binary size

    def measure_startup(self):
        print(f"[startup] {STARTUP_RUNS} runs each ...", file=sys.stderr, flush=True)
        out = {}
        rows = []
        cands = []
        binaries = self.extra.get("binaries", {})
        m0_status = self.results.get("startup", {}).get("status", {}).get("metal0")
        if "startup" in binaries and m0_status == "ok":
            cands.append(("metal0 binary", [binaries["startup"]]))
        cbin = os.path.join(self.tmp, "startup.c.bin")
        if os.path.exists(cbin):
            cands.append(("C binary (floor)", [cbin]))
        src = os.path.join(PROGRAMS, "startup.py")
        if self.python:
            cands.append(("python3 startup.py", [self.python, src]))
        if self.pypy:
            cands.append(("pypy3 startup.py", [self.pypy, src]))
        for label, cmd in cands:
            spawn_times(cmd, 3, self.args.timeout)  # warm the page cache
            times, err = spawn_times(cmd, STARTUP_RUNS, self.args.timeout)
            if err:
                rows.append((label, f"FAIL ({err})"))
                out[label] = None
                if label.startswith("metal0"):
                    self.failed = True
            else:
                ms = statistics.median(times) * 1000
                out[label] = ms
                rows.append((label, f"{ms:.2f} ms  (min {min(times) * 1000:.2f})"))
        if "startup" not in binaries:
            rows.insert(0, ("metal0 binary", "n/a (no metal0 binary)"))
        elif m0_status != "ok":
            rows.insert(0, ("metal0 binary", f"n/a (it failed above: {m0_status})"))
        self.extra["startup_median_ms"] = out

        # binary size of the stripped hello-world executable
        sizes = {}
        strip = shutil.which("strip")
        for label, path in (("metal0", binaries.get("startup")), ("C", cbin if os.path.exists(cbin) else None)):
            if not path:
                sizes[label] = None
                continue
            copy = os.path.join(self.tmp, os.path.basename(path) + ".stripped")
            shutil.copy2(path, copy)
            stripped = False
            if strip:
                stripped = subprocess.run([strip, copy], stdout=subprocess.DEVNULL,
                                          stderr=subprocess.DEVNULL).returncode == 0
            sizes[label] = (os.path.getsize(path), os.path.getsize(copy) if stripped else None)
        self.extra["binary_size"] = {k: (None if v is None else {"unstripped": v[0], "stripped": v[1]})
                                     for k, v in sizes.items()}

        print()
        print(f"Start-up (hello world, median of {STARTUP_RUNS} runs, posix_spawn+wait)")
        w = max(len(r[0]) for r in rows)
        for label, text in rows:
            print(f"  {label.ljust(w)}  {text}")
        m0 = out.get("metal0 binary")
        print(f"  target: metal0 binary < {TARGETS['startup_ms']:g} ms -> {self.verdict(m0, TARGETS['startup_ms'])}")
        print()
        print("Binary size of the hello-world executable" + ("" if strip else " (strip not found)"))
        for label in ("metal0", "C"):
            v = sizes.get(label)
            if v is None:
                print(f"  {label:<7} n/a")
            else:
                st = fmt_size(v[1]) if v[1] is not None else "n/a (strip failed)"
                print(f"  {label:<7} stripped {st}, unstripped {fmt_size(v[0])}")
        print(flush=True)

    # ---- metal0 app.py: cold and cached

    def measure_compile300(self):
        name = "compile300"
        src = os.path.join(PROGRAMS, name + ".py")
        print(f"[{name}] metal0 {name}.py cold x{self.args.repeat}, cached x{CACHED_RUNS} ...", file=sys.stderr, flush=True)
        info = {"cold_ms": None, "cold_all_ms": [], "cached_median_ms": None,
                "binary_median_ms": None, "cached_adds_ms": None, "error": None}
        self.extra["compile300"] = info
        reference = self.results.get(name, {}).get("reference_stdout")
        if reference is None and self.python:
            r = run_cmd([self.python, src], timeout=self.args.timeout)
            reference = r["stdout"].decode("utf-8", "replace") if r["ok"] else None

        def report():
            print()
            with open(src) as f:
                nlines = sum(1 for _ in f)
            print(f"`metal0 {name}.py` ({nlines} lines): compile + link + run")
            if info["error"]:
                print(f"  FAILED: {info['error']}")
            cold = info["cold_ms"]
            print(f"  cold (empty XDG_CACHE_HOME), best of {self.args.repeat}: {fmt_ms(cold)}"
                  + (f"  (all: {', '.join(f'{t:.1f}' for t in info['cold_all_ms'])})" if info["cold_all_ms"] else ""))
            print(f"  cached re-run, median of {CACHED_RUNS}:          {fmt_ms(info['cached_median_ms'])}")
            print(f"  binary run directly, median of {CACHED_RUNS}:    {fmt_ms(info['binary_median_ms'])}")
            print(f"  cached re-run adds:                    {fmt_ms(info['cached_adds_ms'])}")
            print(f"  target: cold < {TARGETS['cold_ms']:g} ms -> {self.verdict(cold, TARGETS['cold_ms'])}; "
                  f"cached adds < {TARGETS['cached_add_ms']:g} ms -> "
                  f"{self.verdict(info['cached_adds_ms'], TARGETS['cached_add_ms'])}")
            print(flush=True)

        if not self.metal0:
            info["error"] = "metal0 not found"
            self.failed = True
            return report()

        caches = []
        for i in range(self.args.repeat):
            cache = tempfile.mkdtemp(prefix=f"cache{i}-", dir=self.tmp)
            caches.append(cache)
            env = dict(os.environ, XDG_CACHE_HOME=cache)
            r = run_cmd([self.metal0, src], timeout=self.args.build_timeout, env=env)
            if not r["ok"]:
                detail = first_lines(r["stderr"]) or first_lines(r["stdout"])
                info["error"] = f"cold run {r['error']}" + (f": {detail}" if detail else "")
                self.failed = True
                return report()
            if reference is not None and r["stdout"].decode("utf-8", "replace") != reference:
                info["error"] = "MISMATCH: stdout of `metal0 compile300.py` differs from CPython"
                self.failed = True
            info["cold_all_ms"].append(r["time"] * 1000)
        info["cold_ms"] = min(info["cold_all_ms"])

        # cached re-runs, using the cache left by the first cold run
        env = dict(os.environ, XDG_CACHE_HOME=caches[0])
        r = run_cmd([self.metal0, src], timeout=self.args.timeout, env=env)  # settle
        if not r["ok"]:
            detail = first_lines(r["stderr"]) or first_lines(r["stdout"])
            info["error"] = f"cached run {r['error']}" + (f": {detail}" if detail else "")
            self.failed = True
            return report()
        if reference is not None and r["stdout"].decode("utf-8", "replace") != reference:
            info["error"] = "MISMATCH: stdout of cached `metal0 compile300.py` differs from CPython"
            self.failed = True
        times, err = spawn_times([self.metal0, src], CACHED_RUNS, self.args.timeout, env=env)
        if err:
            info["error"] = f"cached run {err}"
            self.failed = True
            return report()
        info["cached_median_ms"] = statistics.median(times) * 1000

        binary = self.extra.get("binaries", {}).get(name)
        if binary and self.results.get(name, {}).get("status", {}).get("metal0") != "ok":
            binary = None  # it failed or mismatched in the table
        elif not binary:
            out = os.path.join(self.tmp, name + ".metal0")
            rb = run_cmd([self.metal0, "build", src, "-o", out], timeout=self.args.build_timeout,
                         env=dict(os.environ, XDG_CACHE_HOME=caches[0]))
            binary = out if rb["ok"] and os.path.isfile(out) else None
        if binary:
            spawn_times([binary], 2, self.args.timeout)
            btimes, err = spawn_times([binary], CACHED_RUNS, self.args.timeout)
            if not err:
                info["binary_median_ms"] = statistics.median(btimes) * 1000
                info["cached_adds_ms"] = info["cached_median_ms"] - info["binary_median_ms"]
        return report()

    @staticmethod
    def verdict(value, limit):
        if value is None:
            return "n/a"
        return "MET" if value < limit else "MISSED"

    # ---- everything

    def run(self, names):
        self.header()
        rows = []
        for name in names:
            try:
                rows.append(self.run_benchmark(name))
            except Exception as e:  # never let one benchmark kill the report
                self.failed = True
                self.note(name, "harness", f"{type(e).__name__}: {e}")
                rows.append([name] + ["ERROR"] * 4 + ["-"] * 4 + ["harness error"])

        print()
        print(f"Best wall time of {self.args.repeat} runs "
              "(speed-up = CPython/metal0 and PyPy/metal0; slow-down = metal0/C)")
        print_table(["benchmark", "metal0", "CPython", "PyPy", "C",
                     "CPy/m0", "PyPy/m0", "m0/C", "m0 build", "check"], rows)
        print("  check: stdout of every implementation that ran, compared with CPython's"
              + ("; ! = output differs from CPython" if any("!" in c for r in rows for c in r[1:5]) else ""))
        if "fib" in self.results:
            r = self.results["fib"]
            sp = None
            if r.get("CPython") and r.get("metal0") and r.get("check") == "ok":
                sp = r["CPython"] / r["metal0"]
            print(f"  target: fib(35) >= {TARGETS['fib_speedup']:g}x faster than CPython -> "
                  + ("n/a" if sp is None else ("MET" if sp >= TARGETS["fib_speedup"] else "MISSED")
                     + f" ({sp:.1f}x)"))
        if self.notes:
            print()
            print("Notes:")
            for bench, impl, msg in self.notes:
                print(f"  {bench} / {impl}: {msg}")
        print(flush=True)

        if "startup" in names:
            try:
                self.measure_startup()
            except Exception as e:
                self.failed = True
                print(f"start-up measurement failed: {type(e).__name__}: {e}")
        if "compile300" in names:
            try:
                self.measure_compile300()
            except Exception as e:
                self.failed = True
                print(f"compile300 measurement failed: {type(e).__name__}: {e}")

        if self.args.json:
            data = {"results": self.results, "extra": self.extra,
                    "notes": [{"benchmark": b, "impl": i, "message": m} for b, i, m in self.notes],
                    "repeat": self.args.repeat, "targets": TARGETS}
            for r in data["results"].values():
                r.pop("reference_stdout", None)
            with open(self.args.json, "w") as f:
                json.dump(data, f, indent=2, default=str)
            print(f"wrote {self.args.json}")

    def cleanup(self):
        if self.args.keep:
            print(f"kept temp dir {self.tmp}")
        else:
            shutil.rmtree(self.tmp, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog="benchmarks: " + ", ".join(BENCHMARKS))
    ap.add_argument("--only", action="append", metavar="NAME",
                    help="run only this benchmark (repeat the option or use a comma list)")
    ap.add_argument("--repeat", type=int, default=3, metavar="N",
                    help="runs per implementation; the best wall time is kept (default 3)")
    ap.add_argument("--metal0", metavar="PATH", help="metal0 executable (default: $METAL0, else metal0 on PATH)")
    ap.add_argument("--timeout", type=float, default=120.0, metavar="S",
                    help="timeout for one benchmark run, seconds (default 120)")
    ap.add_argument("--build-timeout", type=float, default=300.0, metavar="S",
                    help="timeout for one metal0 build / cold run, seconds (default 300)")
    ap.add_argument("--no-pypy", action="store_true", help="do not run PyPy even if installed")
    ap.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    ap.add_argument("--keep", action="store_true", help="keep the temp dir with the built binaries")
    ap.add_argument("--strict", action="store_true",
                    help="exit 1 if metal0 failed anywhere or any output mismatched")
    args = ap.parse_args()
    if args.repeat < 1:
        ap.error("--repeat must be >= 1")

    names = BENCHMARKS
    if args.only:
        wanted = [n.strip() for opt in args.only for n in opt.split(",") if n.strip()]
        unknown = [n for n in wanted if n not in BENCHMARKS]
        if unknown:
            ap.error(f"unknown benchmark(s): {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
        names = [n for n in BENCHMARKS if n in wanted]

    bench = Bench(args)
    try:
        bench.run(names)
    except KeyboardInterrupt:
        print("\ninterrupted")
        return 130
    finally:
        bench.cleanup()
    return 1 if (args.strict and bench.failed) else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Whole-process timings for issue 15/16 (not run by ctest): interleaved runs, medians, ratios against a baseline
measured in the same run.

    python3 tests/safety/timing.py build/app/stridewise /tmp/timing 15

Makes 1-year and 10-year demo files, then times log pain, stats over 12 weeks and planning a new week on each
(10-year ÷ 1-year), and a tick (log done) against a bare sqlite3 INSERT + COMMIT with the same pragmas."""
import os, shutil, statistics, subprocess, sys, time

def run(cmd):
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)

def setup(binary, work):
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    for label, weeks in (("y1", 52), ("y10", 520)):
        d = os.path.join(work, label)
        os.makedirs(d)
        db = os.path.join(d, "p.db")
        subprocess.run([binary, "demo", "--weeks", str(weeks), "--seed", "7", "--today", "2026-11-30", "--db", db],
                       check=True, stdout=subprocess.DEVNULL)
        # today's daily backup, so no measured command makes it
        subprocess.run([binary, "log", "pain", "--date", "2026-11-30", "--score", "1", "--replace", "--db", db],
                       check=True, stdout=subprocess.DEVNULL)
        run([binary, "stats", "--db", db])

def fresh(work, label, binary):
    src = os.path.join(work, label)
    dst = os.path.join(work, label + "-run")
    shutil.rmtree(dst, ignore_errors=True)
    shutil.copytree(src, dst)
    db = os.path.join(dst, "p.db")
    run([binary, "stats", "--from", "2026-11-30", "--to", "2026-11-30", "--db", db])  # the previous command, closed cleanly
    return db

def measure(cases, n):
    times = {name: [] for name, _, _ in cases}
    for i in range(n):
        for name, prepare, cmd in cases:
            c = prepare() if prepare else cmd
            t0 = time.perf_counter()
            run(c if prepare else cmd)
            times[name].append((time.perf_counter() - t0) * 1000)
    return {k: statistics.median(v) for k, v in times.items()}

def main():
    binary, work, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    setup(binary, work)
    dbs = {l: os.path.join(work, l, "p.db") for l in ("y1", "y10")}
    cases = []
    for l in ("y1", "y10"):
        cases.append((f"log pain {l}", None, [binary, "log", "pain", "--date", "2026-11-29", "--score", "2", "--replace", "--db", dbs[l]]))
        cases.append((f"stats 12w {l}", None, [binary, "stats", "--from", "2026-09-08", "--to", "2026-11-30", "--db", dbs[l]]))
        cases.append((f"plan new week {l}",
                       (lambda l=l: [binary, "plan", "--week", "2026-W50", "--today", "2026-11-30", "--db", fresh(work, l, binary)]),
                       None))
    # a tick against a bare sqlite3 INSERT + COMMIT with the same pragmas, each on its own copy
    for l in ("y10",):
        sid = subprocess.run(["sqlite3", dbs[l], "SELECT max(id) FROM session WHERE date <= '2026-11-30'"],
                             capture_output=True, text=True, check=True).stdout.strip()
        base = os.path.join(work, l + "-sqlite")
        shutil.rmtree(base, ignore_errors=True)
        shutil.copytree(os.path.join(work, l), base)
        cases.append((f"log done {l}", None, [binary, "log", "done", sid, "--minutes", "35", "--rpe", "5", "--replace", "--db", dbs[l]]))
        cases.append((f"sqlite3 insert {l}", None, ["sqlite3", os.path.join(base, "p.db"),
                      "PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON; PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; "
                      f"INSERT OR REPLACE INTO completion (session_id, skipped, minutes, rpe, pain, note) VALUES ({sid}, 0, 35, 5, NULL, '');"]))
    m = measure(cases, n)
    for k, v in m.items():
        print(f"{k:24s} {v:8.1f} ms")
    for c in ("log pain", "stats 12w", "plan new week"):
        print(f"{c} 10y/1y = {m[c + ' y10'] / m[c + ' y1']:.2f}")
    print(f"log done / sqlite3 (10y) = {m['log done y10'] / m['sqlite3 insert y10']:.2f}")

main()

#!/usr/bin/env python3
"""Benchmark `briefing build` against its import floor, its peers and its targets.

Run from the repository root with the project's interpreter:

    .venv/bin/python bench/run.py [--runs N] [--json]

Standard library only (plus the installed project, run as `python -m briefing`).
Everything is written to one temporary folder that is removed at the end. Nothing
is fetched from the network; the peer row (pandoc + WeasyPrint) is measured only
when both are already installed. See bench/README.md for what each row means.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PY = sys.executable  # not resolved: a venv's python must stay the venv's python
BUILD_DATE = "2026-11-25"
BATCH_SIZE = 40
BATCH_JOBS = 2

FLOOR_CODE = "import pptx, reportlab.platypus, matplotlib.figure"

# Targets.
TARGET_RATIO_TO_FLOOR = 1.3
TARGET_BATCH_RATE = 6.0  # articles per second, end to end
TARGET_RSS_MB = 250.0
TARGET_DECK_BYTES = 1_000_000  # 1 MB
TARGET_MEMO_BYTES = 300_000  # 300 KB
TARGET_REBUILD_S = 0.3  # the workspace: an edit saved, the deck and memo rebuilt, on a warm server

# The workspace's rebuild after an edit, measured in one process through its builder, as the running
# server does it: warm up, create the briefing, then save edits that change the first figure's owner
# (so one chart is drawn again each time). Prints the seconds of each edit as JSON.
REBUILD_CODE = """
import datetime, json, pathlib, sys, tempfile, time
from briefing.deliver.serve.builder import Builder
from briefing.deliver.serve.settings import ServeSettings
from briefing.deliver.serve.workspace import BriefingOptions, Record, Workspace, now_iso
article, runs = pathlib.Path(sys.argv[1]), int(sys.argv[2])
root = pathlib.Path(tempfile.mkdtemp(prefix='briefing-bench-ws-'))
builder = Builder(ServeSettings(root=root), Workspace(root))
builder.warm_up()
blank = Record('', '', now_iso(), now_iso(), '', BriefingOptions(date=datetime.date(2026, 11, 25)))
record = builder.create(article.read_bytes(), article.suffix, None, blank)
quote = json.loads((root / record.id / 'briefing.json').read_text())['figures'][0]['quote']
seconds = []
for n in range(runs + 1):
    text = 'correct:\\n  - {quote: %s, subject: Owner %d}\\n' % (json.dumps(quote), n)
    started = time.perf_counter()
    builder.update_data(record.id, text)
    seconds.append(time.perf_counter() - started)
builder.close()
print(json.dumps(seconds[1:]))
"""

KNOWN_HEADINGS = {"key takeaways", "analysis", "did you know?", "background", "sources"}


# --------------------------------------------------------------------------- inputs

def reference_article() -> Path:
    seed = REPO.parent / "shared" / "seeds" / "innotron-cxmt.txt"
    if seed.is_file():
        return seed
    return REPO / "assets" / "sample-article.txt"


def _is_heading(line: str) -> bool:
    s = line.strip()
    if not s or s.startswith(("-", "*", "•")):
        return False
    if s.lower() in KNOWN_HEADINGS:
        return True
    # A short line without closing punctuation reads as a section heading.
    return len(s.split()) <= 6 and not s.endswith((".", "!", ",", ";", ":", '"', "”"))


def to_markdown(text: str) -> str:
    """The plain-text article format as Markdown: headline `#`, sections `##`, bullets `-`."""
    lines = [ln.rstrip() for ln in text.lstrip("\ufeff").splitlines()]
    nonblank = [ln for ln in lines if ln.strip()]
    if not nonblank:
        return ""
    out: list[str] = [f"# {nonblank[0].strip()}", ""]
    rest = nonblank[1:]
    # A second short line straight after the headline is the longer headline (a subtitle).
    if rest and len(rest[0].split()) <= 20 and not rest[0].strip().endswith("."):
        out += [f"*{rest[0].strip()}*", ""]
        rest = rest[1:]
    in_list = False
    for ln in rest:
        s = ln.strip()
        if s.startswith(("- ", "* ", "• ")):
            out.append(f"- {s[2:].strip()}")
            in_list = True
            continue
        if in_list:
            out.append("")
            in_list = False
        if _is_heading(s):
            out += [f"## {s}", ""]
        else:
            out += [s, ""]
    return "\n".join(out).rstrip() + "\n"


def make_batch(dest: Path, n: int) -> tuple[list[Path], str]:
    """n article files in dest: the shared corpus topped up with renamed copies, else the sample."""
    dest.mkdir(parents=True, exist_ok=True)
    corpus_dir = REPO.parent / "shared" / "corpus" / "articles"
    corpus = sorted(corpus_dir.glob("*.txt")) if corpus_dir.is_dir() else []
    if corpus:
        source = f"{len(corpus)} corpus articles + {max(0, n - len(corpus))} copies"
    else:
        corpus = [REPO / "assets" / "sample-article.txt"]
        source = f"sample article x{n}"
    files: list[Path] = []
    for i in range(n):
        src = corpus[i % len(corpus)]
        text = src.read_text(encoding="utf-8-sig")
        round_ = i // len(corpus)
        if round_:
            first, _, rest = text.partition("\n")
            text = f"{first.strip()} (copy {round_ + 1}-{i})\n{rest}"
        p = dest / f"a{i:03d}-{src.stem}.txt"
        p.write_text(text, encoding="utf-8")
        files.append(p)
    return files, source


# --------------------------------------------------------------------------- running

def run(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Run cmd once; return (wall seconds, peak RSS in MB of the process tree it waited for)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read() if proc.stderr else b""
    # wait4 gives this child's own rusage (its ru_maxrss covers the descendants it reaped),
    # unlike getrusage(RUSAGE_CHILDREN), which keeps the largest child seen so far.
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.stderr:
        proc.stderr.close()
    if proc.returncode != 0:
        raise RuntimeError(f"command failed ({proc.returncode}): {' '.join(cmd)}\n"
                           f"{err.decode(errors='replace')[-2000:]}")
    rss_kb = usage.ru_maxrss  # kilobytes on Linux, bytes on macOS
    rss_mb = rss_kb / (1024 * 1024) if sys.platform == "darwin" else rss_kb / 1024
    return elapsed, rss_mb


def median(xs: list[float]) -> float | None:
    return statistics.median(xs) if xs else None


def fmt_s(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f} s"


def fmt_size(n: float | None) -> str:
    if n is None:
        return "-"
    return f"{n / 1000:.0f} KB" if n < 1_000_000 else f"{n / 1_000_000:.2f} MB"


def verdict(ok: bool | None) -> str:
    return "skipped" if ok is None else ("met" if ok else "NOT MET")


# --------------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=5, help="timed runs of each measure (default 5)")
    ap.add_argument("--json", action="store_true", help="also print the results as JSON")
    args = ap.parse_args(argv)
    if args.runs < 1:
        ap.error("--runs must be at least 1")

    ref = reference_article()
    started = _dt.datetime.now().astimezone()

    # pandoc runs WeasyPrint by name, so put this interpreter's bin folder (a venv's) on PATH.
    peer_env = dict(os.environ)
    peer_env["PATH"] = os.pathsep.join([os.path.dirname(PY), peer_env.get("PATH", "")])
    pandoc = shutil.which("pandoc", path=peer_env["PATH"])
    weasy = shutil.which("weasyprint", path=peer_env["PATH"])
    peer_note = None
    if not pandoc or not weasy:
        missing = [n for n, p in (("pandoc", pandoc), ("weasyprint", weasy)) if not p]
        peer_note = f"skipped: {' and '.join(missing)} not installed"

    tmp = Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    try:
        md = tmp / "article.md"
        md.write_text(to_markdown(ref.read_text(encoding="utf-8-sig")), encoding="utf-8")
        batch_files, batch_source = make_batch(tmp / "batch-in", BATCH_SIZE)

        counter = iter(range(10**9))

        def out_dir() -> Path:
            d = tmp / f"out{next(counter)}"
            d.mkdir()
            return d

        def floor() -> tuple[float, float]:
            return run([PY, "-c", FLOOR_CODE])

        sizes: dict[str, int] = {}

        def build() -> tuple[float, float]:
            d = out_dir()
            res = run([PY, "-m", "briefing", "build", str(ref), "-o", str(d),
                       "--date", BUILD_DATE, "-q"])
            if not sizes:
                deck = sorted(d.glob("*.pptx"))
                memo = sorted(d.glob("*.pdf"))
                if deck and memo:
                    sizes["deck"] = deck[0].stat().st_size
                    sizes["memo"] = memo[0].stat().st_size
            shutil.rmtree(d)
            return res

        def peer() -> tuple[float, float]:
            d = out_dir()
            t1, r1 = run([pandoc, str(md), "-o", str(d / "x.pptx")], env=peer_env)
            t2, r2 = run([pandoc, str(md), "-o", str(d / "x.pdf"), "--pdf-engine=weasyprint"],
                         env=peer_env)
            shutil.rmtree(d)
            return t1 + t2, max(r1, r2)

        def batch() -> tuple[float, float]:
            d = out_dir()
            res = run([PY, "-m", "briefing", "build", *map(str, batch_files), "-o", str(d),
                       "--date", BUILD_DATE, "--jobs", str(BATCH_JOBS), "-q"])
            made = len(list(d.glob("*.pptx")))
            if made != BATCH_SIZE:
                raise RuntimeError(f"batch made {made} decks, expected {BATCH_SIZE}")
            shutil.rmtree(d)
            return res

        def rebuild() -> tuple[float, float]:
            # One process per round: its median edit is this round's figure (RSS is not measured).
            out = subprocess.run([PY, "-c", REBUILD_CODE, str(ref), "5"], cwd=REPO, check=True,
                                 capture_output=True, text=True)
            return statistics.median(json.loads(out.stdout)), 0.0

        measures = [("floor", floor), ("build", build), ("rebuild", rebuild)]
        if peer_note is None:
            measures.append(("peer", peer))
        measures.append(("batch", batch))

        # One untimed warm-up of each (file cache, .pyc, font caches), then interleaved rounds:
        # floor, build, peer, batch, floor, build, ... so every ratio compares like with like.
        for name, fn in measures:
            print(f"warm-up: {name}", file=sys.stderr, flush=True)
            fn()
        times: dict[str, list[float]] = {name: [] for name, _ in measures}
        rss: dict[str, list[float]] = {name: [] for name, _ in measures}
        ratios: list[float] = []
        for i in range(args.runs):
            print(f"round {i + 1}/{args.runs}", file=sys.stderr, flush=True)
            for name, fn in measures:
                t, m = fn()
                times[name].append(t)
                rss[name].append(m)
            ratios.append(times["build"][-1] / times["floor"][-1])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    floor_s = median(times["floor"])
    build_s = median(times["build"])
    rebuild_s = median(times["rebuild"])
    peer_s = median(times.get("peer", []))
    batch_s = median(times["batch"])
    ratio = median(ratios)  # median of per-round ratios (paired runs)
    rate = BATCH_SIZE / batch_s
    rss_mb = median(rss["build"])
    batch_rss_mb = median(rss["batch"])

    rows = [
        {"measure": "import floor (cold python)", "key": "floor", "median": floor_s,
         "shown": fmt_s(floor_s), "target": "-", "verdict": "baseline", "ok": None},
        {"measure": "1 article, cold, deck+memo", "key": "build", "median": build_s,
         "shown": fmt_s(build_s), "target": f"<= {TARGET_RATIO_TO_FLOOR}x floor",
         "ratio": ratio, "ok": ratio <= TARGET_RATIO_TO_FLOOR,
         "verdict": f"{ratio:.2f}x floor, {verdict(ratio <= TARGET_RATIO_TO_FLOOR)}"},
        {"measure": "rebuild after an edit (workspace, warm)", "key": "rebuild", "median": rebuild_s,
         "shown": fmt_s(rebuild_s), "target": f"<= {TARGET_REBUILD_S} s", "ratio": rebuild_s / TARGET_REBUILD_S,
         "ok": rebuild_s <= TARGET_REBUILD_S,
         "verdict": f"{rebuild_s / build_s:.2f}x the cold build, {verdict(rebuild_s <= TARGET_REBUILD_S)}"},
    ]
    if peer_s is not None:
        pr = build_s / peer_s
        rows.append({"measure": "peer: pandoc pptx + pandoc/weasyprint pdf", "key": "peer",
                     "median": peer_s, "shown": fmt_s(peer_s), "target": "build faster",
                     "ratio": pr, "ok": build_s < peer_s,
                     "verdict": f"build = {pr:.2f}x peer, {verdict(build_s < peer_s)}"})
    else:
        rows.append({"measure": "peer: pandoc pptx + pandoc/weasyprint pdf", "key": "peer",
                     "median": None, "shown": "-", "target": "build faster", "ok": None,
                     "verdict": peer_note})
    rows += [
        {"measure": f"batch {BATCH_SIZE} articles, --jobs {BATCH_JOBS}", "key": "batch",
         "median": batch_s, "shown": f"{fmt_s(batch_s)} = {rate:.1f}/s",
         "target": f">= {TARGET_BATCH_RATE:g} articles/s", "ratio": rate / TARGET_BATCH_RATE,
         "ok": rate >= TARGET_BATCH_RATE,
         "verdict": f"{rate:.2f}/s, {verdict(rate >= TARGET_BATCH_RATE)}"},
        {"measure": "peak RSS, 1 article cold build", "key": "rss", "median": rss_mb,
         "shown": f"{rss_mb:.0f} MB", "target": f"< {TARGET_RSS_MB:g} MB",
         "ratio": rss_mb / TARGET_RSS_MB, "ok": rss_mb < TARGET_RSS_MB,
         "verdict": f"{rss_mb / TARGET_RSS_MB:.2f}x limit, {verdict(rss_mb < TARGET_RSS_MB)}"},
        {"measure": "peak RSS, batch (largest process)", "key": "batch_rss",
         "median": batch_rss_mb, "shown": f"{batch_rss_mb:.0f} MB", "target": "-",
         "verdict": "info", "ok": None},
    ]
    for key, label, limit in (("deck", "deck size (.pptx)", TARGET_DECK_BYTES),
                              ("memo", "memo size (.pdf)", TARGET_MEMO_BYTES)):
        size = sizes.get(key)
        ok = None if size is None else size < limit
        rows.append({"measure": label, "key": key, "median": size, "shown": fmt_size(size),
                     "target": f"< {fmt_size(limit)}",
                     "ratio": None if size is None else size / limit, "ok": ok,
                     "verdict": "missing" if size is None
                     else f"{size / limit:.2f}x limit, {verdict(ok)}"})

    cpus = os.cpu_count()
    machine = {"platform": platform.platform(), "cpus": cpus,
               "python": platform.python_version(), "implementation": platform.python_implementation(),
               "date": started.isoformat(timespec="seconds")}

    print(f"briefing bench: reference article {ref.relative_to(REPO.parent) if ref.is_relative_to(REPO.parent) else ref}")
    print(f"batch input: {batch_source}; medians of {args.runs} interleaved runs after 1 warm-up")
    print(f"machine: {machine['platform']}, {cpus} CPUs, Python {machine['python']}; "
          f"{started:%Y-%m-%d %H:%M %Z}")
    print()
    headers = ("measure", "median", "target", "ratio / verdict")
    table = [(r["measure"], r["shown"], r["target"], r["verdict"]) for r in rows]
    widths = [max(len(h), *(len(t[i]) for t in table)) for i, h in enumerate(headers)]
    line = " | ".join(h.ljust(w) for h, w in zip(headers, widths))
    print(line)
    print("-+-".join("-" * w for w in widths))
    for t in table:
        print(" | ".join(c.ljust(w) for c, w in zip(t, widths)))
    print()
    print("raw seconds: " + "; ".join(
        f"{k} " + ", ".join(f"{x:.3f}" for x in v) for k, v in times.items()))

    if args.json:
        out = {
            "machine": machine,
            "runs": args.runs,
            "reference_article": str(ref),
            "batch": {"articles": BATCH_SIZE, "jobs": BATCH_JOBS, "input": batch_source},
            "raw_seconds": times,
            "raw_rss_mb": rss,
            "results": [{k: v for k, v in r.items() if k != "shown"} for r in rows],
        }
        print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

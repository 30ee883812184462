#!/usr/bin/env python3
"""Window benchmark (issue 4): CPU-seconds per minute and lagged frames of a live of tests/bench/anchor.vitrine
to a local nginx-rtmp, the headless runner vs the window's parts (window_bench --layout none|program|studio|full,
see WindowBench.cpp), each for --seconds (60 by default). Target: the window in studio mode (full) ≤ 1.10× the
headless runner's CPU-seconds per minute, and no more lagged frames. Prints figures; never fails on them.

Usage: window_bench.py --vitrine build/app/vitrine --harness build/tests/bench/window_bench [--seconds 60]
       [--layouts none,program,studio,full]"""
import argparse
import tempfile
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support"))
import vitrine_testkit as kit  # noqa: E402


def per_minute(figures: dict) -> float:
    return float(figures["run_cpu_seconds"]) / (float(figures["duration_seconds"]) / 60.0)


def lagged_pct(figures: dict) -> float:
    return 100.0 * int(figures["frames_lagged"]) / max(1, int(figures["frames_rendered"]))


def describe(name: str, figures: dict, headless: dict = None) -> str:
    line = (f"{name:9s} cpu_s_per_min={per_minute(figures):6.1f} lagged={figures['frames_lagged']}/"
            f"{figures['frames_rendered']} ({lagged_pct(figures):.2f} %) skipped={figures['frames_skipped']} "
            f"dropped={figures['frames_dropped']} avg_render_ms={figures['avg_render_ms']} "
            f"peak_rss_mib={int(figures['peak_rss_kib']) / 1024:.0f}")
    if headless:
        line += (f"  ratio={per_minute(figures) / per_minute(headless):.2f}x headless, "
                 f"lagged {int(figures['frames_lagged']) - int(headless['frames_lagged']):+d}")
    return line


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--vitrine", required=True)
    parser.add_argument("--harness", required=True)
    parser.add_argument("--source-dir", default=None)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--layouts", default="program,studio,full,window")
    options = parser.parse_args()
    kit.VITRINE = Path(options.vitrine).resolve()
    workdir = tempfile.TemporaryDirectory(prefix="vitrine-window-bench-")
    show = kit.anchor_show_copy(Path(workdir.name))

    results = {}
    with kit.Xvfb() as xvfb:
        env = kit.vitrine_env(xvfb.display, {"XDG_CONFIG_HOME": str(Path(workdir.name) / "config"),
                                             "XDG_DATA_HOME": str(Path(workdir.name) / "data")})
        with kit.NginxRtmp() as nginx:
            kit.VITRINE = Path(options.vitrine).resolve()
            run = kit.run_vitrine(["--headless", "--show", str(show), "--stream",
                                   nginx.url("headless"), "--duration", str(options.seconds)],
                                  timeout=options.seconds + 90, env=env)
            if run.returncode != 0:
                print(run.describe(), file=sys.stderr)
                raise SystemExit("headless run failed")
            results["headless"] = run.figures
            print(describe("headless", run.figures), flush=True)
            for layout in options.layouts.split(","):
                kit.VITRINE = Path(options.harness).resolve()  # the testkit runs this executable
                run = kit.run_vitrine(["--show", str(show), "--stream", nginx.url(layout),
                                       "--seconds", str(options.seconds), "--layout", layout],
                                      timeout=options.seconds + 120, env=env)
                if run.returncode != 0 or not run.figures:
                    print(run.describe(), file=sys.stderr)
                    print(f"{layout}: run failed", flush=True)
                    continue
                results[layout] = run.figures
                print(describe(layout, run.figures, results["headless"]), flush=True)
    window = "window" if "window" in results else "full"
    if window in results:
        ratio = per_minute(results[window]) / per_minute(results["headless"])
        extra_lag = int(results[window]["frames_lagged"]) - int(results["headless"]["frames_lagged"])
        verdict = "meets" if ratio <= 1.10 and extra_lag <= 0 else "misses"
        print(f"{window} (studio mode) vs headless: {ratio:.2f}x CPU, {extra_lag:+d} lagged frames — {verdict} "
              f"the target (<= 1.10x, no more lagged frames)")


if __name__ == "__main__":
    main()

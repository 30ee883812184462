#!/usr/bin/env python3
"""Destinations benchmark (issue 13): the headless runner streams tests/bench/anchor.vitrine to 1, 3 and 5 keys of
a local nginx-rtmp on one encoder, then (when the build has a vertical canvas) landscape + vertical to two keys, each
for --seconds (45 by default), and prints CPU-seconds per minute and lagged frames per case.
Targets (printed, never gating): each extra destination < 5 % of one destination's CPU; landscape + vertical
≤ 1.8× landscape alone, lagged < 1 %.

Usage: destinations_bench.py --vitrine build/app/vitrine [--seconds 45] [--cases 1,3,5,vertical]"""
import argparse
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support"))
import vitrine_testkit as kit  # noqa: E402


def run_case(vitrine: str, seconds: float, xvfb: kit.Xvfb, streams: int, vertical: bool) -> dict:
    bench_dir = Path(__file__).resolve().parent
    with kit.NginxRtmp() as nginx:
        args = [vitrine, "--headless", "--show", str(bench_dir / "anchor.vitrine"), "--duration", str(seconds)]
        for index in range(streams):
            args += ["--stream", nginx.url(f"bench{index + 1}")]
        if vertical:
            args += ["--stream-vertical", nginx.url("vertical")]
        run = kit.run_vitrine(args, timeout=seconds + 60, env=kit.vitrine_env(xvfb.display))
        if run.returncode != 0:
            print(run.describe(), file=sys.stderr)
            return {}
        return run.figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--vitrine", required=True)
    parser.add_argument("--seconds", type=float, default=45)
    parser.add_argument("--cases", default="1,3,5,vertical")
    options = parser.parse_args()
    kit.VITRINE = Path(options.vitrine).resolve()
    bench_dir = Path(__file__).resolve().parent
    subprocess.run(["bash", str(bench_dir / "make-anchor-media.sh")], check=True, stdout=subprocess.DEVNULL)

    per_minute = {}
    with kit.Xvfb() as xvfb:
        for case in options.cases.split(","):
            vertical = case == "vertical"
            streams = 1 if vertical else int(case)
            figures = run_case(options.vitrine, options.seconds, xvfb, streams, vertical)
            if not figures:
                print(f"{case}: run failed (see above)")
                continue
            minutes = float(figures["duration_seconds"]) / 60.0
            cpu = float(figures["run_cpu_seconds"]) / minutes
            rendered = max(1, int(figures["frames_rendered"]))
            lagged = 100.0 * int(figures["frames_lagged"]) / rendered
            per_minute[case] = cpu
            label = "landscape+vertical" if vertical else f"{streams} destination(s)"
            print(f"{label}: cpu_s_per_min={cpu:.1f} lagged={lagged:.2f} % dropped={figures['frames_dropped']} "
                  f"bytes_sent={figures['bytes_sent']} reconnects={figures.get('reconnects')}")
    one = per_minute.get("1")
    if one:
        for case in ("3", "5"):
            if case in per_minute:
                extra = (per_minute[case] - one) / (int(case) - 1)
                print(f"each extra destination ({case}): {extra:+.1f} cpu_s_per_min = {100.0 * extra / one:+.1f} % of one "
                      f"(target < 5 %)")
        if "vertical" in per_minute:
            print(f"landscape+vertical / landscape: {per_minute['vertical'] / one:.2f}x (target <= 1.8x)")


if __name__ == "__main__":
    main()

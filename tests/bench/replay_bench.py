#!/usr/bin/env python3
"""Replay remux benchmark (issue 15): `vitrine replay finish` on a 1-hour 720p30 recording (H.264 at about
2.5 Mbit/s + AAC in Matroska, as the studio records), with 60 product pins in its event log. Prints the wall time
and the peak RSS of the remux (target: < 15 s and < 200 MB), and checks the chapters came out.

The recording is generated once with ffmpeg (x264 ultrafast, a keyframe every 2 s) and kept in --cache
(default: build/bench-cache), as it takes minutes to make.

Usage: replay_bench.py --vitrine build/app/vitrine [--minutes 60] [--cache DIR]"""
import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support"))
import vitrine_testkit as kit  # noqa: E402


def make_recording(path: Path, minutes: int) -> None:
    if path.exists() and path.stat().st_size > 0:
        return
    print(f"generating a {minutes}-minute 720p30 recording (once)…", flush=True)
    part = path.with_suffix(".part.mkv")
    subprocess.run(["ffmpeg", "-v", "error", "-y",
                    "-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=30",
                    "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000",
                    "-t", str(minutes * 60), "-c:v", "libx264", "-preset", "ultrafast", "-g", "60",
                    "-b:v", "2500k", "-maxrate", "2500k", "-bufsize", "5000k",
                    "-c:a", "aac", "-b:a", "128k", str(part)], check=True)
    part.rename(path)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--vitrine", required=True)
    parser.add_argument("--minutes", type=int, default=60)
    parser.add_argument("--cache", default=str(Path(__file__).resolve().parents[2] / "build" / "bench-cache"))
    args = parser.parse_args()
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    recording = cache / f"replay-{args.minutes}min-720p30.mkv"
    make_recording(recording, args.minutes)

    events = cache / "replay-bench.events.jsonl"
    pins = 60
    with events.open("w", encoding="utf-8") as out:
        out.write(json.dumps({"type": "recording.start", "recordingMs": 0, "path": str(recording),
                              "utc": "2026-12-05T20:00:00.000Z"}) + "\n")
        for index in range(pins):
            at = (index + 1) * args.minutes * 60_000 // (pins + 1)
            out.write(json.dumps({"type": "product.pin", "recordingMs": at, "sku": f"SKU-{index}",
                                  "title": f"Produit {index}"}, ensure_ascii=False) + "\n")
    for stale in (recording.with_suffix(".mp4"), recording.with_suffix(".replay.json")):
        stale.unlink(missing_ok=True)

    size_mb = recording.stat().st_size / 1e6
    start = time.monotonic()
    process = subprocess.Popen([args.vitrine, "replay", "finish", str(recording), "--events", str(events)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=kit.vitrine_env(None))
    peak_kb = 0
    status = Path(f"/proc/{process.pid}/status")
    while process.poll() is None:
        try:  # VmHWM: the process's peak resident set so far
            for line in status.read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak_kb = max(peak_kb, int(line.split()[1]))
        except OSError:
            pass
        time.sleep(0.05)
    elapsed = time.monotonic() - start
    stdout, stderr = process.communicate()
    peak_mb = peak_kb / 1024
    if process.returncode != 0:
        print(stdout, stderr, file=sys.stderr)
        return 1
    chapters = kit.ffprobe_json(recording.with_suffix(".mp4"), "-show_chapters")["chapters"]
    print(f"replay_remux_seconds={elapsed:.2f} replay_peak_rss_mb={peak_mb:.0f} recording_mb={size_mb:.0f} "
          f"minutes={args.minutes} chapters={len(chapters)} (targets: < 15 s, < 200 MB)")
    if len(chapters) != pins + 1:
        print(f"expected {pins + 1} chapters, got {len(chapters)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

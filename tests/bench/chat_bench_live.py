#!/usr/bin/env python3
"""Chat benchmark during a live (issue 5): the chat benchmark (3 connectors, 2,000 messages/s for 60 s into the
chat dock) while a headless runner streams tests/bench/anchor.vitrine to a local nginx-rtmp on the same
machine, as a studio would be doing during a show. Prints both runs' figures; never fails on them.

Usage: chat_bench_live.py --vitrine build/app/vitrine --chat-bench build/tests/bench/chat_bench [--seconds 60]
       [--wire] [--claims 10]"""
import argparse
import sys
import subprocess
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support"))
import vitrine_testkit as kit  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--vitrine", required=True)
    parser.add_argument("--chat-bench", required=True)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--wire", action="store_true", help="Twitch connectors over a local WebSocket server")
    parser.add_argument("--claims", type=int, default=0, help="percent of the messages that claim (issue 14: 10)")
    options = parser.parse_args()
    kit.VITRINE = Path(options.vitrine).resolve()
    workdir = tempfile.TemporaryDirectory(prefix="vitrine-chat-live-bench-")
    show = kit.anchor_show_copy(Path(workdir.name))

    with kit.Xvfb() as xvfb, kit.NginxRtmp() as nginx:
        env = kit.vitrine_env(xvfb.display, {"XDG_CONFIG_HOME": str(Path(workdir.name) / "config")})
        # The live runs a little longer than the chat load, so the chat's whole minute is under it.
        live = kit.start_vitrine(["--headless", "--show", str(show), "--stream", nginx.url("live"),
                                  "--duration", str(options.seconds + 20)], env)
        if not kit.wait_for_port(nginx.port, 10):
            raise SystemExit("nginx did not start")
        time.sleep(8)  # the live is streaming before the chat starts
        if live.poll() is not None:
            print(live.finish(5).describe(), file=sys.stderr)
            raise SystemExit("the headless live did not start")
        chat_args = [options.chat_bench, "--seconds", str(int(options.seconds))]
        if options.wire:
            chat_args.append("--wire")
        if options.claims:
            chat_args += ["--claims", str(options.claims)]
        chat = subprocess.run(chat_args, env=env, capture_output=True, text=True, timeout=options.seconds + 120)
        run = live.finish(options.seconds + 60)
        lines = chat.stdout.strip().splitlines()
        print("chat during the live:", "\n  ".join(lines[1:]) if len(lines) > 1 else chat.stderr)
        print("the live meanwhile:", " ".join(f"{k}={v}" for k, v in run.figures.items()))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Producer remote benchmark (issue 16): the headless studio streams the demo show to a local nginx-rtmp while
--clients viewer widgets (default 200) follow its public feed (/feed, Server-Sent Events); a rehearsal script pins
products every few seconds. Prints, for each pin, the time from the studio's state change (the feed's updatedAt)
to the last client receiving it, and the studio's CPU over the live with and without the remote and its clients.
Targets (printed, never gating): pin → last of 200 clients < 100 ms on loopback; the remote's added CPU small
against the live's.

Usage: remote_feed_bench.py --vitrine build/app/vitrine [--clients 200] [--seconds 40]"""
import argparse
import json
import selectors
import shutil
import socket
import statistics
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support"))
import vitrine_testkit as kit  # noqa: E402

SKUS = ["MOUL-ART-01", "CAFE-ETH-250"]


class FeedClients:
    """N SSE connections on one thread: the time each state (by seq) reached each client."""

    def __init__(self, port: int, count: int):
        self.port, self.count = port, count
        self.arrivals = {}  # seq → [arrival epoch seconds]
        self.states = {}  # seq → state
        self.stop = threading.Event()
        self.connected = 0
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self):
        selector = selectors.DefaultSelector()
        buffers = {}
        for _ in range(self.count):
            sock = socket.create_connection(("127.0.0.1", self.port), timeout=10)
            sock.sendall(f"GET /feed HTTP/1.1\r\nHost: 127.0.0.1:{self.port}\r\nAccept: text/event-stream\r\n\r\n"
                         .encode())
            sock.setblocking(False)
            selector.register(sock, selectors.EVENT_READ)
            buffers[sock] = b""
            self.connected += 1
        while not self.stop.is_set():
            for key, _ in selector.select(timeout=0.2):
                sock = key.fileobj
                try:
                    chunk = sock.recv(65536)
                except BlockingIOError:
                    continue
                now = time.time()
                if not chunk:
                    selector.unregister(sock)
                    continue
                data = buffers[sock] + chunk
                while b"\n\n" in data:
                    event, data = data.split(b"\n\n", 1)
                    for line in event.split(b"\n"):
                        if line.startswith(b"data:"):
                            try:
                                state = json.loads(line[5:].strip())
                            except ValueError:
                                continue
                            seq = state.get("seq")
                            self.states[seq] = state
                            self.arrivals.setdefault(seq, []).append(now)
                buffers[sock] = data
        for key in list(selector.get_map().values()):
            key.fileobj.close()


def epoch(iso: str) -> float:
    return datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp()


def run_live(vitrine: str, show: Path, seconds: float, xvfb: kit.Xvfb, clients: int, tmp: Path):
    with kit.NginxRtmp() as nginx:
        actions = tmp / "pins.jsonl"
        with actions.open("w") as out:
            at, index = 8.0, 0
            while at < seconds - 3:
                out.write(json.dumps({"at": at, "do": "pin", "sku": SKUS[index % len(SKUS)]}) + "\n")
                at, index = at + 4.0, index + 1
        args = ["--headless", "--show", show, "--duration", str(seconds), "--stream", nginx.url("bench"),
                "--actions", actions, "--event-log", tmp / "events.jsonl"]
        env = kit.vitrine_env(xvfb.display)
        feed = None
        if clients:
            port = kit.free_tcp_port()
            args += ["--remote-port", port]
            env["VITRINE_REMOTE_PASSWORD"] = "bench"
        process = kit.start_vitrine(args, env)
        try:
            if clients:
                if not kit.wait_for_port(port, 30, process.popen):
                    print(process.finish(5).describe(), file=sys.stderr)
                    return None, None
                feed = FeedClients(port, clients)
                feed.thread.start()
            run = process.finish(seconds + 60)
        finally:
            process.kill()
            if feed:
                feed.stop.set()
                feed.thread.join(5)
        if run.returncode != 0:
            print(run.describe(), file=sys.stderr)
        return run.figures, feed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--vitrine", required=True)
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=40)
    options = parser.parse_args()
    kit.VITRINE = Path(options.vitrine).resolve()
    source = Path(__file__).resolve().parent.parent.parent
    with tempfile.TemporaryDirectory() as folder, kit.Xvfb() as xvfb:
        tmp = Path(folder)
        shutil.copytree(source / "resources" / "demo", tmp / "demo",
                        ignore=shutil.ignore_patterns("*.jsonl", "*.session"))
        show = tmp / "demo" / "demo.vitrine"
        base, _ = run_live(options.vitrine, show, options.seconds, xvfb, 0, tmp)
        figures, feed = run_live(options.vitrine, show, options.seconds, xvfb, options.clients, tmp)
        if not figures or not feed:
            print("remote_feed_bench: a run failed (see above)")
            return
        print(f"clients connected: {feed.connected} of {options.clients}")
        lags = []
        for seq, state in sorted(feed.states.items(), key=lambda item: item[0] or 0):
            pinned = (state.get("pinned") or {}).get("sku")
            times = feed.arrivals.get(seq, [])
            if not pinned or not state.get("updatedAt") or len(times) < feed.connected:
                continue
            changed = epoch(state["updatedAt"])
            last = (max(times) - changed) * 1000
            lags.append(last)
            print(f"pin {pinned} (seq {seq}): first client {(min(times) - changed) * 1000:.1f} ms, "
                  f"last of {len(times)} {last:.1f} ms")
        if lags:
            print(f"pin → last of {feed.connected} clients: median {statistics.median(lags):.1f} ms, "
                  f"worst {max(lags):.1f} ms over {len(lags)} pins (target < 100 ms)")
        cpu_base = float(base.get("cpu_seconds", 0)) if base else 0.0
        cpu_remote = float(figures.get("cpu_seconds", 0))
        print(f"studio CPU over {options.seconds:.0f} s live: {cpu_base:.2f} s without the remote, "
              f"{cpu_remote:.2f} s with it and {feed.connected} feed clients "
              f"(+{cpu_remote - cpu_base:.2f} s, {100 * (cpu_remote - cpu_base) / max(cpu_base, 0.01):.1f} %)")


if __name__ == "__main__":
    main()

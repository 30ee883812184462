#!/usr/bin/env python3
"""Several destinations at once on real nginx-rtmp ingests: each gets the stream, one that loses its ingest comes
back by itself without disturbing the others or the recording, a refused key and an unreachable server end failed
with their reason while the others carry on."""

import http.server
import json
import re
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support"))  # also when run by hand
import vitrine_testkit as kit  # noqa: E402

FPS = 30


def destination_lines(stderr: str) -> dict:
    """The runner's per-destination lines at the end, by destination number: {1: {"state": "live", ...}}."""
    lines = {}
    for line in stderr.splitlines():
        if line.startswith("destination="):
            fields = dict(pair.partition("=")[::2] for pair in line.split())
            lines[int(fields["destination"])] = fields
    return lines


def packet_times(media: Path, selector: str = "v:0") -> list:
    probe = kit.ffprobe_json(media, "-select_streams", selector, "-show_entries", "packet=pts_time")
    return sorted(float(p["pts_time"]) for p in probe.get("packets", []) if p.get("pts_time") not in (None, "N/A"))


def largest_gap(times: list) -> float:
    return max((b - a for a, b in zip(times, times[1:])), default=float("inf"))


def wait_for_growth(path: Path, timeout: float) -> bool:
    """Until the file exists and grows (a stream is arriving)."""
    deadline = time.monotonic() + timeout
    first = None
    while time.monotonic() < deadline:
        size = path.stat().st_size if path.exists() else -1
        if first is None and size > 0:
            first = size
        elif first is not None and size > first:
            return True
        time.sleep(0.2)
    return False


class ThreeDestinationsTest(kit.VitrineTestCase):

    def test_three_destinations_share_one_encoder(self):
        seconds = 20
        ingests = [self.start_nginx() for _ in range(3)]
        keys = ["youtube-k1", "facebook-k2", "twitch-k3"]
        args = ["--headless", "--show", kit.demo_show(), "--duration", seconds]
        for nginx, key in zip(ingests, keys):
            args += ["--stream", nginx.url(key)]
        run = self.run_vitrine(args, timeout=seconds + 40)
        self.assertRunSucceeded(run)
        self.assertEqual(run.figures.get("reconnects"), 0, self.context(run))
        lines = destination_lines(run.stderr)
        self.assertEqual(sorted(lines), [1, 2, 3], self.context(run))
        for number, fields in lines.items():
            self.assertEqual(fields["state"], "live", f"destination {number}" + self.context(run))
        for nginx, key in zip(ingests, keys):
            with self.subTest(key=key):
                flv = nginx.wait_recording_closed(key)
                self.assertTrue(flv.exists(), f"{key} got nothing" + self.context(run, nginx))
                self.assertH264Aac(flv)
                frames = kit.count_frames(flv)
                self.assertGreaterEqual(frames, int(seconds * FPS * 0.9), f"{key}: {frames} frames")
        for key in keys:
            self.assertNotIn(key, run.stdout + run.stderr, "a stream key was printed" + self.context(run))


def video_bytes(media: Path) -> int:
    """Bytes of video packets in a recorded stream."""
    probe = kit.ffprobe_json(media, "-select_streams", "v:0", "-show_entries", "packet=size")
    return sum(int(p["size"]) for p in probe.get("packets", []))


class ServiceCapsTest(kit.VitrineTestCase):

    def test_a_destination_whose_service_takes_less_gets_its_own_encoder(self):
        # The show streams 6000 kbps; Facebook Live (OBS's list) takes at most 4000 kbps at 1280x720 and 30 fps,
        # and 128 kbps of audio: that destination gets its own encoders while the other keeps the show's.
        seconds = 12
        ingests = [self.start_nginx() for _ in range(2)]
        args = ["--headless", "--show", kit.demo_show(), "--duration", seconds, "--canvas", "1280x720",
                "--fps", FPS, "--bitrate", 6000,
                "--stream", ingests[0].url("shared"),
                "--stream", ingests[1].url("capped"), "--stream-service", "Facebook Live"]
        run = self.run_vitrine(args, timeout=seconds + 40)
        self.assertRunSucceeded(run)
        lines = destination_lines(run.stderr)
        self.assertEqual(lines[1].get("encoder"), "shared", self.context(run))
        self.assertEqual(lines[1].get("videoKbps"), "6000", self.context(run))
        self.assertEqual(lines[2].get("encoder"), "own", self.context(run))
        self.assertEqual(lines[2].get("videoKbps"), "4000", self.context(run))
        self.assertEqual(lines[2].get("audioKbps"), "128", self.context(run))
        self.assertIn("Facebook Live", run.stderr, "no word on the capped destination" + self.context(run))
        shared = ingests[0].wait_recording_closed("shared")
        capped = ingests[1].wait_recording_closed("capped")
        for flv in (shared, capped):
            self.assertH264Aac(flv)
        # What each ingest received: the capped one about 4000/6000 of the video (CBR). (The demo's quiet audio
        # takes far less than either AAC bitrate, so its bytes say nothing.)
        video_ratio = video_bytes(capped) / max(1, video_bytes(shared))
        self.assertTrue(0.45 < video_ratio < 0.85, f"video bytes capped/shared = {video_ratio:.2f}")

    def test_an_unknown_service_is_refused_with_its_name(self):
        run = self.run_vitrine(["--headless", "--show", kit.demo_show(), "--duration", 1,
                                "--stream", "rtmp://127.0.0.1:9/live/k", "--stream-service", "Nowhere TV"])
        self.assertEqual(run.returncode, 2, self.context(run))
        self.assertIn("Nowhere TV", run.stderr, self.context(run))


class IngestFaultTest(kit.VitrineTestCase):

    def test_a_killed_ingest_comes_back_and_the_others_never_stop(self):
        kept = self.start_nginx()
        faulty = self.start_nginx()
        recording = self.tmp / "show.mkv"
        events = self.tmp / "events.jsonl"
        args = ["--headless", "--show", kit.demo_show(), "--duration", 40, "--stream", faulty.url("faulty"),
                "--stream", kept.url("kept"), "--record", recording, "--event-log", events]
        process = kit.start_vitrine(args, self.env())
        try:
            self.assertTrue(wait_for_growth(faulty.recording("faulty"), 20), "the stream never arrived")
            time.sleep(3)
            faulty.crash()
            down_at = time.monotonic()
            time.sleep(10)
            faulty.restart()
            # Back-off from 2 s ×1.5: tries at about 2, 5, 9.5 and 16 s after the loss.
            came_back = wait_for_growth(faulty.recording("faulty"), 20)
            back_after = time.monotonic() - down_at
            run = process.finish(timeout=80)
        finally:
            process.kill()
        self.assertTrue(came_back, "the killed destination did not come back" + self.context(run, faulty))
        self.assertRunSucceeded(run)
        print(f"\n  came back {back_after:.1f} s after the loss; figures: {run.stdout.splitlines()[-1]}",
              file=sys.stderr)
        lines = destination_lines(run.stderr)
        self.assertEqual(lines.get(1, {}).get("state"), "live", self.context(run))
        self.assertEqual(lines[1]["reconnects"], "1", self.context(run))
        self.assertEqual(lines.get(2, {}).get("state"), "live", self.context(run))
        self.assertEqual(lines[2]["reconnects"], "0", self.context(run))
        self.assertEqual(run.figures.get("reconnects"), 1, self.context(run))
        self.assertRegex(run.stderr, r"stream 1: .*reconnecting", "the loss was not said" + self.context(run))
        self.assertIn("back on air", run.stderr, self.context(run))

        # The event log says when each destination was on air, for figures per platform.
        records = [json.loads(line) for line in events.read_text().splitlines() if line.strip()]
        faulty_states = [r["state"] for r in records if r["type"] == "destination.state" and r["name"] == "stream 1"]
        self.assertEqual(faulty_states, ["live", "reconnecting", "live", "stopped"], records)
        lost = next(r for r in records if r["type"] == "destination.state" and r["state"] == "reconnecting")
        self.assertEqual(lost["reason"], "Unreachable", lost)
        self.assertGreater(lost["liveMs"], 0, lost)
        kept_states = [r["state"] for r in records if r["type"] == "destination.state" and r["name"] == "stream 2"]
        self.assertEqual(kept_states, ["live", "stopped"], records)
        self.assertTrue(all("liveMs" in r for r in records if r["type"] == "destination.state"), records)

        # The other ingest and the local recording ran through the fault without a gap.
        kept_flv = kept.wait_recording_closed("kept")
        for media in (kept_flv, recording):
            with self.subTest(media=media.name):
                self.assertH264Aac(media)
                times = packet_times(media)
                self.assertGreater(len(times), 30 * FPS, f"{media.name}: {len(times)} packets")
                gap = largest_gap(times)
                self.assertLess(gap, 0.25, f"{media.name}: a {gap:.2f} s gap in the video packets")
                audio_gap = largest_gap(packet_times(media, "a:0"))
                self.assertLess(audio_gap, 0.25, f"{media.name}: a {audio_gap:.2f} s gap in the audio packets")
        # The faulty ingest records again after it came back (it starts a new file).
        again = faulty.wait_recording_closed("faulty")
        self.assertH264Aac(again)
        self.assertGreater(kit.count_frames(again), 5 * FPS, "little arrived after the reconnection")


class GiveUpTest(kit.VitrineTestCase):

    def test_an_ingest_that_stays_down_is_given_up_after_the_retry_limit(self):
        kept = self.start_nginx()
        faulty = self.start_nginx()
        args = ["--headless", "--show", kit.demo_show(), "--duration", 14, "--reconnect-tries", 2,
                "--stream", faulty.url("down"), "--stream", kept.url("up")]
        process = kit.start_vitrine(args, self.env())
        try:
            self.assertTrue(wait_for_growth(faulty.recording("down"), 20), "the stream never arrived")
            faulty.crash()  # and it never comes back
            run = process.finish(timeout=60)
        finally:
            process.kill()
        self.assertEqual(run.returncode, 1, "one destination failed, the other carried on" + self.context(run))
        lines = destination_lines(run.stderr)
        self.assertEqual(lines.get(1, {}).get("state"), "failed", self.context(run))
        self.assertEqual(lines[1].get("reason"), "gave-up", self.context(run))
        self.assertEqual(lines.get(2, {}).get("state"), "live", self.context(run))
        # Two tries (about 2 s and 3 s apart), then the final word with the count.
        self.assertEqual(len(re.findall(r"stream 1: .*reconnecting \(try", run.stderr)), 2, self.context(run))
        self.assertRegex(run.stderr, r"stream 1: gave up after 2 tries", self.context(run))
        self.assertGreater(kit.count_frames(kept.wait_recording_closed("up")), 10 * FPS)


class RefusingIngest(http.server.BaseHTTPRequestHandler):
    """nginx-rtmp's on_publish asks here; 403 refuses the key, as a platform does with a wrong one."""
    calls = 0

    def do_POST(self):
        RefusingIngest.calls += 1
        self.send_response(403)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


class RefusedAndUnreachableTest(kit.VitrineTestCase):

    def test_refused_key_and_unreachable_server_fail_while_the_other_goes_on(self):
        checker = http.server.ThreadingHTTPServer(("127.0.0.1", 0), RefusingIngest)
        threading.Thread(target=checker.serve_forever, daemon=True).start()
        self.addCleanup(checker.server_close)
        self.addCleanup(checker.shutdown)
        refusing = kit.NginxRtmp(on_publish=f"http://127.0.0.1:{checker.server_port}/auth").start()
        self.addCleanup(refusing.stop)
        good = self.start_nginx()
        closed = kit.free_tcp_port()  # nothing listens there
        args = ["--headless", "--show", kit.demo_show(), "--duration", 6, "--stream", refusing.url("wrong-key"),
                "--stream", good.url("good"), "--stream", f"rtmp://127.0.0.1:{closed}/live/nobody"]
        run = self.run_vitrine(args, timeout=60)
        self.assertFalse(run.timed_out, self.context(run, refusing))
        self.assertEqual(run.returncode, 1, "a failed destination must exit 1" + self.context(run, refusing))
        lines = destination_lines(run.stderr)
        self.assertEqual(lines.get(1, {}).get("state"), "failed", self.context(run))
        self.assertEqual(lines[1].get("reason"), "key-rejected", self.context(run))
        self.assertEqual(lines.get(2, {}).get("state"), "live", self.context(run))
        self.assertEqual(lines.get(3, {}).get("state"), "failed", self.context(run))
        self.assertEqual(lines[3].get("reason"), "unreachable", self.context(run))
        self.assertIn("key rejected", run.stderr, self.context(run))
        self.assertRegex(run.stderr, r"stream 3: .*could not connect", self.context(run))
        # Refused once: not retried against the limit.
        self.assertLessEqual(RefusingIngest.calls, 1, f"on_publish was asked {RefusingIngest.calls} times")
        self.assertGreaterEqual(RefusingIngest.calls, 1, "nginx never asked about the key" + self.context(run, refusing))
        self.assertGreater(kit.count_frames(good.wait_recording_closed("good")), 3 * FPS)
        # The run's duration counted from when the destinations settled: the failures came at once.
        self.assertLess(run.elapsed, 30, self.context(run))

    def test_a_malformed_or_unreachable_only_destination_is_fatal_at_once(self):
        closed = kit.free_tcp_port()
        unreachable = self.run_vitrine(["--headless", "--show", kit.demo_show(), "--duration", 5, "--stream",
                                        f"rtmp://127.0.0.1:{closed}/live/k"], timeout=40)
        self.assertEqual(unreachable.returncode, 2, unreachable.describe())
        self.assertIn("could not connect", unreachable.stderr, unreachable.describe())
        self.assertLess(unreachable.elapsed, 15, unreachable.describe())
        malformed = self.run_vitrine(["--headless", "--show", kit.demo_show(), "--stream", "rtmp:/nohost/live/k"],
                                     timeout=20)
        self.assertEqual(malformed.returncode, 2, malformed.describe())
        self.assertIn("rtmp://HOST", malformed.stderr, malformed.describe())
        self.assertFalse(re.search(r"frames_rendered=", malformed.stdout), malformed.describe())


if __name__ == "__main__":
    kit.main()

#!/usr/bin/env python3
"""Streams the demo show to a real nginx-rtmp on loopback and checks what arrived, down to the pixels."""

import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support"))  # also when run by hand
import vitrine_testkit as kit  # noqa: E402

STREAM_SECONDS = 10
FPS = 30
# Used as the stream key: it must never be printed, not even in libobs's verbose log.
SECRET_KEY = "sk_live_SECRET123"
WIDTH, HEIGHT = 1280, 720


def is_near(colour, expected, tolerance):
    return all(abs(c - e) <= tolerance for c, e in zip(colour, expected))


def luma(colour):
    r, g, b = colour
    return 0.299 * r + 0.587 * g + 0.114 * b


class StreamDemoShowTest(kit.VitrineTestCase):

    def test_stream_demo_show_to_nginx(self):
        nginx = self.start_nginx()
        key = SECRET_KEY
        run = self.run_vitrine(["--headless", "--show", kit.demo_show(), "--stream", nginx.url(key),
                                "--duration", STREAM_SECONDS], timeout=60)
        self.assertRunSucceeded(run, nginx)
        self.assertFigures(run, nginx)
        self.assertGreater(run.figures["bytes_sent"], 0, "nothing sent" + self.context(run, nginx))
        self.assertNotIn(SECRET_KEY, run.stdout + run.stderr, "the stream key was printed" + self.context(run))
        print(f"\n  figures: {run.stdout.splitlines()[-1]}", file=sys.stderr)
        # The figures describe the run they report: no more frame slots than its duration holds at 30 fps
        # (rendered counts every slot, lagged ones included; a little slack for timer granularity).
        with self.subTest("figures cover duration_seconds"):
            slots = run.figures.get("duration_seconds", 0) * FPS
            self.assertLessEqual(run.figures["frames_rendered"], slots * 1.02 + 3,
                                 "frames_rendered exceeds duration_seconds × fps" + self.context(run))

        flv = nginx.wait_recording_closed(key)
        self.assertTrue(flv.exists() and flv.stat().st_size > 0,
                        f"nginx recorded nothing at {flv}" + self.context(run, nginx))

        video = kit.stream_of(flv, "video")
        audio = kit.stream_of(flv, "audio")
        self.assertIsNotNone(video, f"no video stream in {kit.streams(flv)}")
        self.assertIsNotNone(audio, f"no audio stream in {kit.streams(flv)}")
        self.assertEqual(video["codec_name"], "h264")
        self.assertEqual((video["width"], video["height"]), (WIDTH, HEIGHT))
        rate = kit.frame_rate(video, "r_frame_rate") or kit.frame_rate(video)
        self.assertAlmostEqual(rate, FPS, delta=1, msg=f"frame rate {video.get('r_frame_rate')}")
        self.assertEqual(audio["codec_name"], "aac")
        self.assertEqual(int(audio["sample_rate"]), 48000)

        # At least 90 % of the frames of the asked duration reached the ingest.
        frames = kit.count_frames(flv)
        self.assertGreaterEqual(frames, int(STREAM_SECONDS * FPS * 0.9),
                                f"only {frames} frames arrived" + self.context(run, nginx))

        # A keyframe every 2 s (what platforms ask for): consecutive keyframes 2 s apart, give or take a frame.
        probe = kit.ffprobe_json(flv, "-select_streams", "v:0", "-skip_frame", "nokey",
                                 "-show_entries", "frame=pts_time")
        keyframes = [float(f["pts_time"]) for f in probe["frames"]]
        gaps = [round(b - a, 2) for a, b in zip(keyframes, keyframes[1:])]
        self.assertGreaterEqual(len(keyframes), 4, f"keyframes at {keyframes}")
        self.assertTrue(all(abs(gap - 2.0) <= 0.1 for gap in gaps), f"keyframe gaps {gaps}")

        self.assertDemoScene(flv, kit.duration(flv) / 2)

        # The demo's camera carries a 440 Hz tone at volume 0.3: the audio must not be silent.
        mean_volume, max_volume = kit.audio_levels(flv)
        self.assertGreater(mean_volume, -40, f"audio is (nearly) silent: mean {mean_volume} dB, max {max_volume} dB")

    def assertDemoScene(self, media, seconds):
        """The frame at `seconds` shows the demo scene: counters alone miss blank frames."""
        frame = kit.extract_frame(media, seconds, WIDTH, HEIGHT)
        where = f" (frame at {seconds:.1f} s{kit.keep_frame_png(media, seconds, self.id())})"

        # Product image at (840,40), 400×400, beige background #F4EDE4.
        beige = frame.mean(900, 60)
        self.assertTrue(is_near(beige, (0xF4, 0xED, 0xE4), 24), f"product card not beige: {beige}" + where)
        # SMPTE bars of the camera, top two thirds: yellow at x≈270, cyan at x≈450.
        yellow = frame.mean(270, 200)
        self.assertTrue(yellow[0] > 170 and yellow[1] > 170 and yellow[2] < 90, f"bar not yellow: {yellow}" + where)
        cyan = frame.mean(450, 200)
        self.assertTrue(cyan[0] < 90 and cyan[1] > 170 and cyan[2] > 170, f"bar not cyan: {cyan}" + where)
        # Lower third: #181818 at 80 % over the camera, y 590–700; dark wherever the text is not.
        for x, y in ((700, 600), (1000, 690), (1250, 650)):
            colour = frame.mean(x, y)
            self.assertLess(luma(colour), 100, f"lower third not dark at ({x},{y}): {colour}" + where)
        # The white title from x=40, y≈615: some near-white pixels in its band, none in the bar above it.
        white = sum(1 for p in frame.region(40, 615, 1150, 670) if min(p) > 220)
        self.assertGreater(white, 2000, f"no white title text in the lower third ({white} white pixels)" + where)


class SigtermTest(kit.VitrineTestCase):

    def test_sigterm_stops_streaming_cleanly(self):
        nginx = self.start_nginx()
        # --verbose: libobs's own log must not print the key either.
        args = ["--headless", "--show", kit.demo_show(), "--stream", nginx.url(SECRET_KEY), "--verbose"]
        process = kit.start_vitrine(args, self.env())
        try:
            time.sleep(4)
            if process.poll() is not None:
                self.fail("vitrine ended before SIGTERM" + process.finish(0).describe())
            process.send_signal(signal.SIGTERM)
            signalled = time.monotonic()
            run = process.finish(timeout=4 + 20)
            stop_seconds = time.monotonic() - signalled
        finally:
            process.kill()
        self.assertRunSucceeded(run, nginx)
        self.assertFigures(run, nginx)
        self.assertGreater(run.figures["bytes_sent"], 0, "nothing sent before SIGTERM" + self.context(run, nginx))
        self.assertGreater(run.figures["frames_rendered"], 0, self.context(run))
        # Clean means the outputs stopped by themselves, not the runner's forced stop after 15 s.
        self.assertLess(stop_seconds, 10, "slow to stop after SIGTERM" + self.context(run))
        self.assertNotIn("forcibly", run.stderr, self.context(run))
        self.assertNotIn(SECRET_KEY, run.stdout + run.stderr, "the stream key was printed" + self.context(run))


class KeyFromEnvironmentTest(kit.VitrineTestCase):

    def test_stream_key_stays_out_of_the_command_line(self):
        """--stream-key-env NAME: the ingest gets the key, /proc/PID/cmdline and the output never hold it."""
        nginx = self.start_nginx()
        key = "env-key-7f3a9c"
        env = self.env()
        env["VITRINE_TEST_STREAM_KEY"] = key
        args = ["--headless", "--show", kit.demo_show(), "--stream", f"rtmp://127.0.0.1:{nginx.port}/live",
                "--stream-key-env", "VITRINE_TEST_STREAM_KEY", "--verbose"]
        process = kit.start_vitrine(args, env)
        try:
            time.sleep(4)
            if process.poll() is not None:
                self.fail("vitrine ended early" + process.finish(0).describe())
            cmdline = Path(f"/proc/{process.popen.pid}/cmdline").read_bytes()
            self.assertIn(b"--stream-key-env", cmdline)
            self.assertNotIn(key.encode(), cmdline, "the key is on the command line")
            process.send_signal(signal.SIGTERM)
            run = process.finish(timeout=4 + 20)
        finally:
            process.kill()
        self.assertRunSucceeded(run, nginx)
        self.assertGreater(run.figures["bytes_sent"], 0, self.context(run, nginx))
        # nginx-rtmp names what it records after the stream's name: the key, taken from the environment.
        self.assertTrue(nginx.recording(key).exists(), "the ingest never got the key" + self.context(run, nginx))
        self.assertGreater(nginx.recording(key).stat().st_size, 0, self.context(run, nginx))
        self.assertNotIn(key, run.stdout + run.stderr, "the stream key was printed" + self.context(run))

        # A variable that is not set: refused before anything starts, saying which variable.
        del env["VITRINE_TEST_STREAM_KEY"]
        refused = kit.run_vitrine(args, timeout=30, env=env)
        self.assertEqual(refused.returncode, 2, refused.describe())
        self.assertIn("VITRINE_TEST_STREAM_KEY", refused.stderr, refused.describe())


if __name__ == "__main__":
    kit.main()

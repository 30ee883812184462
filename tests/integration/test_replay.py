"""The replay of a recording (issue 15): a headless run records with three pins; when it ends, OUT.mkv is kept
and OUT.mp4 (faststart, stream copy) carries one chapter per pin after the show's opening chapter, each starting
within one frame of its pin's recordingMs, with the shoppable-replay manifest and WebVTT chapters agreeing.
`vitrine replay finish` makes the same from the files, also after a kill -9 mid-recording."""

import json
import os
import re
import shutil
import signal
import subprocess
import time
from pathlib import Path

import vitrine_testkit as kit

PINS = [(1.0, "MOUL-ART-01", "Moulin à café Artisan"),
        (2.5, "CAFE-ETH-250", "Café d’Éthiopie Yirgacheffe 250 g"),
        (4.0, "BAL-PREC-01", "Balance de précision 0,1 g")]
# Clips start on the keyframe nearest the pin (one every 2 s): pins between keyframes, as in a real show.
CLIP_PINS = [(1.4, "MOUL-ART-01", ""), (3.6, "CAFE-ETH-250", ""), (5.5, "BAL-PREC-01", "")]
FRAME_MS = 1000 / 30


def chapters(mp4: Path) -> list:
    return kit.ffprobe_json(mp4, "-show_chapters")["chapters"]


def vtt_cues(vtt: Path) -> list:
    def ms(stamp: str) -> int:
        h, m, s = stamp.split(":")
        return round((int(h) * 3600 + int(m) * 60 + float(s)) * 1000)
    cues = []
    lines = vtt.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "WEBVTT", lines[0]
    for i, line in enumerate(lines):
        found = re.fullmatch(r"(\S+) --> (\S+)", line)
        if found:
            cues.append((ms(found.group(1)), ms(found.group(2)), lines[i + 1]))
    return cues


def utc_of(event: dict) -> float:
    from datetime import datetime
    return datetime.fromisoformat(event["utc"].replace("Z", "+00:00")).timestamp()


def video_times(media: Path) -> list:
    """The presentation times of the video's pictures, in seconds, in order."""
    data = kit.ffprobe_json(media, "-select_streams", "v:0", "-show_entries", "packet=pts_time")
    return sorted(float(p["pts_time"]) for p in data["packets"] if p.get("pts_time") not in (None, "N/A"))


class ReplayTest(kit.VitrineTestCase):

    def copy_demo(self) -> Path:
        folder = self.tmp / "demo"
        shutil.copytree(kit.demo_show().parent, folder)
        return folder / "demo.vitrine"

    def write_actions(self, pins=PINS) -> Path:
        actions = self.tmp / "actions.jsonl"
        actions.write_text("\n".join(json.dumps({"at": at, "do": "pin", "sku": sku, "confirm": True})
                                     for at, sku, _ in pins) + "\n", encoding="utf-8")
        return actions

    def pins_logged(self, show: Path) -> list:
        log = show.with_name(show.name + ".events.jsonl")
        events = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines() if line.strip()]
        return [e for e in events if e["type"] == "product.pin"]

    def assertReplayMatchesPins(self, mkv: Path, pins: list, context: str):
        mp4 = mkv.with_suffix(".mp4")
        self.assertTrue(mp4.exists(), "no replay MP4" + context)
        found = chapters(mp4)
        self.assertEqual(len(found), len(pins) + 1, json.dumps(found, ensure_ascii=False) + context)
        self.assertEqual(found[0]["tags"]["title"], "Le moulin à café Artisan — démo en direct")
        self.assertEqual(float(found[0]["start_time"]), 0.0)
        for chapter, pin in zip(found[1:], pins):
            self.assertEqual(chapter["tags"]["title"], pin["title"])
            start_ms = float(chapter["start_time"]) * 1000
            self.assertLessEqual(abs(start_ms - pin["recordingMs"]), FRAME_MS,
                                 f"chapter {chapter} vs pin {pin}" + context)
        # Back to back, the last one to the end of the video.
        for before, after in zip(found, found[1:]):
            self.assertAlmostEqual(float(before["end_time"]), float(after["start_time"]), delta=0.002)
        self.assertAlmostEqual(float(found[-1]["end_time"]), kit.duration(mp4), delta=0.25)

        manifest = json.loads(mkv.with_suffix(".replay.json").read_text(encoding="utf-8"))
        self.assertEqual(manifest["video"], mp4.name)
        self.assertEqual([c["startMs"] for c in manifest["chapters"][1:]], [p["recordingMs"] for p in pins])
        self.assertEqual([p["sku"] for p in manifest["products"]], [p["sku"] for p in pins])
        first = manifest["products"][0]
        self.assertEqual((first["price"], first["currency"]), ("89.90", "EUR"))
        self.assertIn("utm_medium=replay", first["link"])
        self.assertEqual(first["endMs"], manifest["products"][1]["startMs"])
        cues = vtt_cues(mkv.with_suffix(".chapters.vtt"))
        self.assertEqual([(c["startMs"], c["endMs"], c["title"]) for c in manifest["chapters"]], cues)
        return manifest

    def test_a_recording_ends_with_its_shoppable_replay(self):
        show = self.copy_demo()
        mkv = self.tmp / "show.mkv"
        run = self.run_vitrine(["--headless", "--show", show, "--record", mkv, "--actions", self.write_actions(),
                                "--duration", "6"], timeout=90)
        self.assertRunSucceeded(run)
        self.assertIn("chapters=4 products=3", run.stdout, self.context(run))
        self.assertTrue(mkv.exists() and mkv.stat().st_size > 0, "the MKV is not kept" + self.context(run))
        pins = self.pins_logged(show)
        self.assertEqual([p["sku"] for p in pins], [sku for _, sku, _ in PINS])
        self.assertReplayMatchesPins(mkv, pins, self.context(run))
        mp4 = mkv.with_suffix(".mp4")
        # faststart: the index (moov) comes before the media (mdat).
        head = mp4.read_bytes()[:1 << 16]
        self.assertLess(head.find(b"moov"), head.find(b"mdat") if b"mdat" in head else 1 << 16)
        self.assertFalse(list(self.tmp.glob("*.part")), "a partial file was left behind")
        # No re-encode: the same video packets.
        self.assertEqual(kit.count_frames(mp4), kit.count_frames(mkv))

        # The command line makes the same from the files.
        for made in (mkv.with_suffix(".mp4"), mkv.with_suffix(".replay.json"), mkv.with_suffix(".chapters.vtt")):
            made.unlink()
        events = show.with_name(show.name + ".events.jsonl")
        again = kit.run_vitrine(["replay", "finish", mkv, "--events", events], timeout=60, env=self.env(None))
        self.assertEqual(again.returncode, 0, again.describe())
        self.assertIn("chapters=4", again.stdout)
        self.assertReplayMatchesPins(mkv, pins, again.describe())

    def test_one_clip_per_product_segment_with_thumbnails(self):
        show = self.copy_demo()
        mkv = self.tmp / "clips.mkv"
        run = self.run_vitrine(["--headless", "--show", show, "--record", mkv, "--actions",
                                self.write_actions(CLIP_PINS),
                                "--duration", "8"], timeout=90)
        self.assertRunSucceeded(run)
        events = show.with_name(show.name + ".events.jsonl")
        made = kit.run_vitrine(["replay", "clips", mkv, "--events", events], timeout=60, env=self.env(None))
        self.assertEqual(made.returncode, 0, made.describe())
        self.assertIn("clips=3 thumbnails=4", made.stdout, made.describe())
        folder = self.tmp / "clips.clips"
        manifest = json.loads(mkv.with_suffix(".replay.json").read_text(encoding="utf-8"))
        product_chapters = [c for c in manifest["chapters"] if "sku" in c]
        self.assertEqual(len(product_chapters), 3)
        for number, chapter in enumerate(product_chapters, start=2):
            clip = folder / f"{number:02d}-{chapter['sku']}.mp4"
            self.assertTrue(clip.exists(), f"no clip {clip.name}: {sorted(p.name for p in folder.iterdir())}")
            wanted = (chapter["endMs"] - chapter["startMs"]) / 1000
            # Stream copy from the keyframe nearest the pin (one every 2 s): within a second.
            self.assertAlmostEqual(kit.duration(clip), wanted, delta=1.0, msg=f"{clip.name} for {chapter}")
            self.assertGreater(kit.count_frames(clip), 10, clip.name)
            clip_chapters = chapters(clip)
            self.assertEqual(clip_chapters[0]["tags"]["title"], chapter["title"])
        thumbnails = sorted(folder.glob("*.jpg"))
        self.assertEqual(len(thumbnails), 4, [p.name for p in thumbnails])
        for thumbnail in thumbnails:
            self.assertEqual(thumbnail.read_bytes()[:3], b"\xff\xd8\xff", thumbnail.name)  # a JPEG
        first = kit.ffprobe_json(thumbnails[0], "-show_streams")["streams"][0]
        self.assertEqual((first["width"], first["height"]), (480, 270))

    def product_chapters(self, mkv: Path) -> list:
        manifest = json.loads(mkv.with_suffix(".replay.json").read_text(encoding="utf-8"))
        return [c for c in manifest["chapters"] if "sku" in c]

    def assertExactClip(self, clip: Path, chapter: dict, size: tuple, source: Path, offset_ms: int = 0,
                        main: bool = True):
        """Re-encoded from the pin's frame to the chapter's end: every picture of `source` in that span (its
        times shifted by `offset_ms`) and no other, lasting from the first of them to the span's end within one
        frame; H.264 with audio; every frame decodes. From the main recording (no offset), that is the
        chapter's own length within one frame."""
        self.assertTrue(clip.exists(), f"no clip {clip.name}: {sorted(p.name for p in clip.parent.iterdir())}")
        start = (chapter["startMs"] - offset_ms) / 1000
        end = min((chapter["endMs"] - offset_ms) / 1000, kit.duration(source))
        in_span = [t for t in video_times(source) if start - 0.0005 <= t < end - 0.0005]
        wanted = end - in_span[0]
        where = f"{clip.name} for {chapter} (pictures {in_span[0]:.3f}…{in_span[-1]:.3f} s)"
        video = kit.stream_of(clip, "video")
        self.assertEqual(video["codec_name"], "h264", clip.name)
        self.assertEqual((video["width"], video["height"]), size, clip.name)
        frames = kit.count_frames(clip)
        self.assertEqual(frames, len(in_span), f"{frames} frames in {where}")
        for lasts in (float(video["duration"]), kit.duration(clip)):
            self.assertLessEqual(abs(lasts - wanted), FRAME_MS / 1000 + 1e-6, f"lasts {lasts} s: {where}")
            if main:
                segment = (chapter["endMs"] - chapter["startMs"]) / 1000
                self.assertLessEqual(abs(lasts - segment), FRAME_MS / 1000 + 1e-6,
                                     f"lasts {lasts} s for a {segment} s chapter: {where}")
        self.assertIsNotNone(kit.stream_of(clip, "audio"), f"{clip.name} has no audio")
        self.assertEqual(chapters(clip)[0]["tags"]["title"], chapter["title"])

    def test_exact_clips_are_cut_at_the_pin_by_re_encoding(self):
        show = self.copy_demo()
        mkv = self.tmp / "exact.mkv"
        run = self.run_vitrine(["--headless", "--show", show, "--record", mkv, "--actions",
                                self.write_actions(CLIP_PINS), "--duration", "8"], timeout=90)
        self.assertRunSucceeded(run)
        events = show.with_name(show.name + ".events.jsonl")
        made = kit.run_vitrine(["replay", "clips", mkv, "--events", events, "--reencode"], timeout=120,
                               env=self.env(None))
        self.assertEqual(made.returncode, 0, made.describe())
        self.assertIn("clips=3 thumbnails=4 vertical=0", made.stdout, made.describe())
        # Pins fall between keyframes (one every 2 s): a stream copy could not start there.
        for number, chapter in enumerate(self.product_chapters(mkv), start=2):
            self.assertExactClip(self.tmp / "exact.clips" / f"{number:02d}-{chapter['sku']}.mp4", chapter,
                                 (1280, 720), mkv)
        self.assertFalse(list((self.tmp / "exact.clips").glob("*.part")), "a partial file was left behind")

    def test_vertical_clips_from_the_vertical_recording(self):
        show = self.copy_demo()
        mkv = self.tmp / "both.mkv"
        vertical = self.tmp / "both.vertical.mkv"
        run = self.run_vitrine(["--headless", "--show", show, "--record", mkv, "--record-vertical", vertical,
                                "--actions", self.write_actions(CLIP_PINS), "--duration", "8"], timeout=90)
        self.assertRunSucceeded(run)
        events = show.with_name(show.name + ".events.jsonl")
        log = [json.loads(line) for line in events.read_text(encoding="utf-8").splitlines() if line.strip()]
        started = [e for e in log if e["type"] == "recording.vertical_start"]
        self.assertEqual([e["path"] for e in started], [str(vertical)], json.dumps(log)[:2000])
        self.assertEqual(len([e for e in log if e["type"] == "recording.vertical_stop"]), 1)

        made = kit.run_vitrine(["replay", "clips", mkv, "--events", events], timeout=60, env=self.env(None))
        self.assertEqual(made.returncode, 0, made.describe())
        self.assertIn("clips=3 thumbnails=4 vertical=3", made.stdout, made.describe())
        folder = self.tmp / "both.clips"
        product_chapters = self.product_chapters(mkv)
        for number, chapter in enumerate(product_chapters, start=2):
            clip = folder / f"{number:02d}-{chapter['sku']}.vertical.mp4"
            self.assertTrue(clip.exists(), f"no clip {clip.name}: {sorted(p.name for p in folder.iterdir())}")
            video = kit.stream_of(clip, "video")
            self.assertLess(video["width"], video["height"], clip.name)
            self.assertAlmostEqual(video["width"] / video["height"], 9 / 16, delta=0.01, msg=clip.name)
            wanted = (chapter["endMs"] - chapter["startMs"]) / 1000
            self.assertAlmostEqual(kit.duration(clip), wanted, delta=1.0, msg=f"{clip.name} for {chapter}")
            self.assertGreater(kit.count_frames(clip), 10, clip.name)
            self.assertEqual(chapters(clip)[0]["tags"]["title"], chapter["title"])
            # The landscape clip is still there, landscape.
            landscape = kit.stream_of(folder / f"{number:02d}-{chapter['sku']}.mp4", "video")
            self.assertGreater(landscape["width"], landscape["height"])

        # Exact, from the vertical recording too: the same moments of the show, to the frame.
        made = kit.run_vitrine(["replay", "clips", mkv, "--events", events, "--reencode"], timeout=180,
                               env=self.env(None))
        self.assertEqual(made.returncode, 0, made.describe())
        self.assertIn("vertical=3", made.stdout, made.describe())
        # Where the vertical recording starts in the main one's time: its recordingMs, or (started first) the
        # difference of the two records' times.
        if "recordingMs" in started[0]:
            offset = started[0]["recordingMs"]
        else:
            main_start = next(e for e in log if e["type"] == "recording.start")
            offset = round((utc_of(started[0]) - utc_of(main_start)) * 1000)
        for number, chapter in enumerate(product_chapters, start=2):
            self.assertExactClip(folder / f"{number:02d}-{chapter['sku']}.vertical.mp4", chapter, (720, 1280),
                                 vertical, offset, main=False)

    def test_after_a_kill_the_recording_plays_and_its_replay_can_be_finished(self):
        show = self.copy_demo()
        mkv = self.tmp / "crash.mkv"
        process = kit.start_vitrine(["--headless", "--show", show, "--record", mkv, "--actions",
                                     self.write_actions(), "--duration", "60"], self.env())
        events = show.with_name(show.name + ".events.jsonl")
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(self.pins_logged(show) if events.exists() else []) < 3:
            time.sleep(0.2)
        time.sleep(1.5)
        log = [json.loads(line) for line in events.read_text(encoding="utf-8").splitlines() if line.strip()]
        started = next(e for e in log if e["type"] == "recording.start")
        process.send_signal(signal.SIGKILL)
        killed_at = time.time()
        run = process.finish(timeout=20)
        self.assertEqual(len(self.pins_logged(show)), 3, run.describe())
        self.assertFalse(mkv.with_suffix(".mp4").exists(), "a replay was made by a killed run")
        # The MKV left plays, about as long as what was recorded.
        from datetime import datetime
        recorded = killed_at - datetime.fromisoformat(started["utc"].replace("Z", "+00:00")).timestamp()
        played = kit.duration(mkv)
        self.assertGreater(played, recorded - 2.5, f"recorded {recorded:.1f} s, the MKV plays {played:.1f} s")
        self.assertLess(played, recorded + 1.0)
        self.assertGreater(kit.count_frames(mkv), 30)

        finished = kit.run_vitrine(["replay", "finish", mkv, "--events", events], timeout=60, env=self.env(None))
        self.assertEqual(finished.returncode, 0, finished.describe())
        self.assertReplayMatchesPins(mkv, self.pins_logged(show), finished.describe())

    def test_bad_input_says_so_and_touches_nothing(self):
        show = self.copy_demo()
        events = show.with_name(show.name + ".events.jsonl")
        events.write_text('{"type":"recording.start","recordingMs":0,"utc":"2026-01-01T00:00:00Z"}\n',
                          encoding="utf-8")
        broken = self.tmp / "broken.mkv"
        broken.write_bytes(b"not a video at all" * 100)
        run = kit.run_vitrine(["replay", "finish", broken, "--events", events], timeout=30, env=self.env(None))
        self.assertEqual(run.returncode, 2, run.describe())
        self.assertIn("The replay was not made", run.stderr)
        self.assertEqual(broken.read_bytes(), b"not a video at all" * 100)
        self.assertFalse(broken.with_suffix(".mp4").exists())
        self.assertFalse(list(self.tmp.glob("*.part")))
        usage = kit.run_vitrine(["replay", "finish", broken], timeout=30, env=self.env(None))
        self.assertEqual(usage.returncode, 2)
        self.assertIn("usage: vitrine replay finish", usage.stderr)


if __name__ == "__main__":
    kit.main()

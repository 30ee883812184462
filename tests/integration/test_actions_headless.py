#!/usr/bin/env python3
"""`vitrine --headless --actions ACTIONS.jsonl`: a rehearsal script played on the demo show while it records;
each action lands in the show's event log as a click would, the scene switch really changes the picture, and
bad lines or unknown SKUs are reported and skipped."""

import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support"))  # also when run by hand
import vitrine_testkit as kit  # noqa: E402

SCRIPT = [
    {"at": 0.5, "do": "pin", "sku": "MOUL-ART-01"},
    {"at": 1.0, "do": "promo-start", "code": "LIVE10"},
    {"at": 1.2, "do": "pin", "sku": "BAL-PREC-01"},  # sold out, not confirmed: skipped
    {"at": 1.4, "do": "pin", "sku": "NO-SUCH-SKU"},  # skipped
    {"at": 1.5, "do": "dance"},  # unknown action: skipped when read
    {"at": 2.0, "do": "scene", "name": "Produit plein écran"},
    {"at": 2.2, "do": "scene", "name": "No such scene"},  # skipped
    {"at": 2.5, "do": "next"},
    {"at": 3.0, "do": "promo-stop"},
    {"at": 3.2, "do": "pin", "sku": "BAL-PREC-01", "confirm": True},
    {"at": 3.5, "do": "unpin"},
]
RECORD_SECONDS = 5


class ActionsTest(kit.VitrineTestCase):

    def copy_demo(self) -> Path:
        folder = self.tmp / "demo"
        shutil.copytree(kit.demo_show().parent, folder)
        return folder / "demo.vitrine"

    def test_script_is_played_into_the_event_log_and_the_picture(self):
        show = self.copy_demo()
        actions = self.tmp / "actions.jsonl"
        actions.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in SCRIPT) + "\nnot json\n",
                           encoding="utf-8")
        mkv = self.tmp / "rehearsal.mkv"
        run = self.run_vitrine(["--headless", "--show", show, "--record", mkv, "--actions", actions,
                                "--duration", RECORD_SECONDS], timeout=60)
        self.assertRunSucceeded(run)
        self.assertEqual(run.figures.get("actions_applied"), 7, self.context(run))
        self.assertEqual(run.figures.get("actions_skipped"), 5, self.context(run))
        for line in (3, 4, 7):  # skipped when played: sold out, unknown SKU, unknown scene
            self.assertIn(f"action on line {line} skipped", run.stderr, self.context(run))
        for line in (5, 12):  # skipped when read: unknown action, not JSON
            self.assertIn(f"actions.jsonl:{line}:", run.stderr, self.context(run))
        self.assertIn("sold out", run.stderr)
        self.assertIn("NO-SUCH-SKU", run.stderr)

        log = show.with_name("demo.vitrine.events.jsonl")
        events = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
        types = [e["type"] for e in events]
        self.assertEqual(types, ["recording.start", "product.pin", "promo.start", "scene.switch", "segment.start",
                                 "promo.stop", "product.pin", "product.unpin", "recording.stop"], types)
        by_type = {}
        for event in events:
            by_type.setdefault(event["type"], []).append(event)
        self.assertEqual(by_type["product.pin"][0]["sku"], "MOUL-ART-01")
        self.assertEqual(by_type["product.pin"][1]["sku"], "BAL-PREC-01")
        self.assertEqual(by_type["promo.start"][0]["code"], "LIVE10")
        self.assertEqual(by_type["scene.switch"][0]["scene"], "Produit plein écran")
        self.assertEqual(by_type["segment.start"][0]["index"], 0)
        # Times count from the recording's start, as the script's do (generous: a busy machine).
        for event, planned in ((by_type["product.pin"][0], 0.5), (by_type["scene.switch"][0], 2.0),
                               (by_type["product.unpin"][0], 3.5)):
            self.assertIn("utc", event)
            self.assertAlmostEqual(event["recordingMs"] / 1000, planned, delta=1.0, msg=str(event))

        # The switch is on the recording: bars before, the full-screen product after.
        before = kit.extract_frame(mkv, 1.0, 1280, 720)
        after = kit.extract_frame(mkv, 4.0, 1280, 720)
        changed = sum(1 for y in range(0, 720, 40) for x in range(0, 1280, 40)
                      if sum(abs(a - b) for a, b in zip(before.pixel(x, y), after.pixel(x, y))) > 90)
        self.assertGreater(changed, 100, "the picture did not change after the scene action")

    def test_unreadable_script_is_fatal(self):
        run = self.run_vitrine(["--headless", "--show", self.copy_demo(), "--actions", self.tmp / "none.jsonl",
                                "--duration", 1], timeout=30)
        self.assertEqual(run.returncode, 2, self.context(run))
        self.assertIn("none.jsonl", run.stderr)


if __name__ == "__main__":
    kit.main()

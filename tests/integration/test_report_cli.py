#!/usr/bin/env python3
"""`vitrine report SHOW --orders ORDERS.csv [--live-window START/END] --out DIR` (issue 15) on a copy of the demo show
with an event log written here and the Shopify-format export of tests/data/orders: figures.json's values,
report.pdf and report.html, and the exit code 2 with a message for bad input. No display."""

import json
import shutil
import sys
import tempfile
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support"))  # also when run by hand
import vitrine_testkit as kit  # noqa: E402



def orders_csv() -> Path:
    return kit.SOURCE_DIR / "tests" / "data" / "orders" / "shopify_orders.csv"


# Live 19:00–20:00 UTC, promo 19:30–19:45; the scale pinned from 19:40 to the live's stop.
EVENTS = [
    {"utc": "2026-12-05T19:00:00.000Z", "type": "live.start", "liveMs": 0},
    {"utc": "2026-12-05T19:05:00.000Z", "type": "product.pin", "sku": "MOUL-ART-01", "title": "Moulin"},
    {"utc": "2026-12-05T19:20:00.000Z", "type": "product.pin", "sku": "CAFE-ETH-250", "title": "Café"},
    {"utc": "2026-12-05T19:30:00.000Z", "type": "promo.start", "code": "LIVE10",
     "endsAt": "2026-12-05T19:50:00.000Z"},
    {"utc": "2026-12-05T19:35:00.000Z", "type": "product.unpin", "sku": "CAFE-ETH-250"},
    {"utc": "2026-12-05T19:40:00.000Z", "type": "product.pin", "sku": "BAL-PREC-01", "title": "Balance"},
    {"utc": "2026-12-05T19:45:00.000Z", "type": "promo.stop", "code": "LIVE10"},
    {"utc": "2026-12-05T20:00:00.000Z", "type": "live.stop"},
]


class ReportCommandTest(unittest.TestCase):

    def setUp(self):
        self._tempdir = tempfile.TemporaryDirectory(prefix="vitrine-report-")
        self.addCleanup(self._tempdir.cleanup)
        self.tmp = Path(self._tempdir.name)
        shutil.copytree(kit.demo_show().parent, self.tmp / "demo")
        self.show = self.tmp / "demo" / "demo.vitrine"
        self.events = Path(str(self.show) + ".events.jsonl")
        self.events.write_text("".join(json.dumps(event) + "\n" for event in EVENTS), encoding="utf-8")
        self.out = self.tmp / "out" / "report"  # two levels: --out creates them

    def report(self, *args, orders=None):
        orders = orders or orders_csv()
        env = kit.vitrine_env(None)
        env.pop("DISPLAY", None)  # runs without a display
        return kit.run_vitrine(["report", self.show, "--orders", orders, "--out", self.out, *args], timeout=60,
                               env=env)

    def figures(self) -> dict:
        return json.loads((self.out / "figures.json").read_text(encoding="utf-8"))

    def test_figures_html_and_pdf(self):
        run = self.report()
        self.assertEqual(run.returncode, 0, run.describe())
        self.assertIn("figures.json", run.stdout)
        # The malformed rows are named on standard error with their lines.
        for line in (5, 14, 15, 16, 17):
            self.assertIn(f"line {line}:", run.stderr)

        figures = self.figures()
        self.assertEqual(figures["currency"], "EUR")
        self.assertEqual(figures["cancelledOrders"], 1)
        self.assertEqual(figures["import"]["skippedRows"], 5)

        def counts(name):
            window = figures[name]
            return window["orders"], window["revenue"], window["revenueExcludingRefunded"], window["currency"]

        self.assertEqual(counts("all"), (8, "490.77", "462.12", "EUR"))
        self.assertEqual(counts("liveWindow"), (4, "240.96", "224.81", "EUR"))
        self.assertEqual(figures["liveWindow"]["window"],
                         {"start": "2026-12-05T19:00:00.000Z", "end": "2026-12-05T20:00:00.000Z"})
        self.assertEqual(counts("promoWindow"), (1, "16.15", "0.00", "EUR"))
        self.assertEqual(counts("after24h"), (2, "130.91", "118.41", "EUR"))
        self.assertEqual(counts("after48h"), (3, "159.91", "147.41", "EUR"))

        code = figures["discountCodes"]["LIVE10"]
        self.assertEqual((code["orders"], code["revenue"], code["revenueExcludingRefunded"], code["discount"]),
                         (3, "177.97", "161.82", "19.23"))
        self.assertEqual(code["liveWindow"], {"orders": 2, "revenue": "97.06"})

        products = figures["products"]
        self.assertEqual(set(products), {"MOUL-ART-01", "CAFE-ETH-250", "BAL-PREC-01"})
        grinder = products["MOUL-ART-01"]
        self.assertEqual((grinder["units"], grinder["unitsLiveWindow"], grinder["revenue"], grinder["pinnedMs"]),
                         (4, 2, "359.60", 15 * 60 * 1000))
        self.assertEqual(products["BAL-PREC-01"]["pinnedMs"], 20 * 60 * 1000)
        self.assertEqual(products["CAFE-ETH-250"]["units"], 7)
        self.assertEqual(figures["platforms"]["instagram"], {"orders": 2, "revenue": "143.90", "currency": "EUR"})
        self.assertEqual(figures["brands"]["Maison Moulin"]["revenue"], "447.10")

        self.assertEqual((self.out / "report.pdf").read_bytes()[:4], b"%PDF")
        html = (self.out / "report.html").read_text(encoding="utf-8")
        self.assertIn("<table", html)
        self.assertIn("<td>LIVE10</td>", html)
        self.assertIn("<td>MOUL-ART-01</td>", html)
        self.assertIn("data:image/png;base64,", html)

    def test_live_window_from_the_command_line(self):
        self.events.unlink()  # a live recorded elsewhere: no event log needed
        run = self.report("--live-window", "2026-12-05T20:10:00+01:00/2026-12-05T20:50:00+01:00")
        self.assertEqual(run.returncode, 0, run.describe())
        figures = self.figures()
        self.assertEqual(figures["liveWindow"]["orders"], 2)  # #1002 (19:10 UTC) and #1003 (19:32 UTC)
        self.assertEqual(figures["liveWindow"]["revenue"], "97.06")
        self.assertEqual(figures["promoWindow"]["orders"], 0)

    def test_bad_input_exits_2_with_a_message(self):
        missing_column = self.tmp / "orders.csv"
        missing_column.write_text("Name,Financial Status,Currency,Created at,Cancelled at,Lineitem quantity,"
                                  "Lineitem price,Lineitem sku\n#1,paid,EUR,2026-12-05 20:00:00 +0100,,1,9.00,A\n",
                                  encoding="utf-8")
        run = self.report(orders=missing_column)
        self.assertEqual(run.returncode, 2, run.describe())
        self.assertIn("Total", run.stderr)
        self.assertFalse((self.out / "figures.json").exists())

        run = self.report(orders=self.tmp / "nowhere.csv")
        self.assertEqual(run.returncode, 2, run.describe())
        self.assertIn("nowhere.csv", run.stderr)

        run = self.report("--live-window", "2026-12-05T21:00:00+01:00/2026-12-05T20:00:00+01:00")
        self.assertEqual(run.returncode, 2, run.describe())
        self.assertIn("--live-window", run.stderr)

        self.events.write_text('{"utc": "2026-12-05T19:00:00.000Z", "type": "live.start"}\nnot json\n{}\n',
                               encoding="utf-8")
        run = self.report()
        self.assertEqual(run.returncode, 2, run.describe())
        self.assertIn("corrupt", run.stderr)

        self.events.unlink()
        run = self.report()
        self.assertEqual(run.returncode, 2, run.describe())
        self.assertIn("events.jsonl", run.stderr)

        self.show.write_text("{ not a show", encoding="utf-8")
        run = self.report()
        self.assertEqual(run.returncode, 2, run.describe())
        self.assertIn("demo.vitrine", run.stderr)

        run = kit.run_vitrine(["report", self.show, "--out", self.out], timeout=60, env=kit.vitrine_env(None))
        self.assertEqual(run.returncode, 2, run.describe())
        self.assertIn("usage: vitrine report", run.stderr)


if __name__ == "__main__":
    kit.main()

#!/usr/bin/env python3
"""One live-show runtime (issue 10): the window and the headless runner play the same rehearsal script into the
same event-log records, and a headless run refreshes stock from the show's feed without any window."""

import http.server
import json
import shutil
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support"))  # also when run by hand
import vitrine_testkit as kit  # noqa: E402

SCRIPT = [
    {"at": 0.3, "do": "pin", "sku": "MOUL-ART-01"},
    {"at": 0.6, "do": "promo-start", "code": "LIVE10"},
    {"at": 0.9, "do": "pin", "sku": "BAL-PREC-01"},  # sold out, not confirmed: skipped in both
    {"at": 1.2, "do": "scene", "name": "Produit plein écran"},
    {"at": 1.5, "do": "next"},
    {"at": 1.8, "do": "promo-stop"},
    {"at": 2.1, "do": "scene", "name": "Démo en direct"},
    {"at": 2.4, "do": "unpin"},
    {"at": 2.6, "do": "flash-start", "sku": "CAFE-ETH-250", "price": "9.90", "quantity": 20, "startsIn": 10,
     "minutes": 2},
    {"at": 2.8, "do": "highlight", "platform": "twitch", "author": "Léa", "text": "Il existe en noir ?"},
    {"at": 3.0, "do": "overlay", "kind": "lower-third", "visible": True},
    {"at": 3.2, "do": "highlight-clear"},
    {"at": 3.4, "do": "flash-stop"},
    {"at": 3.6, "do": "end-show"},
]
# What differs between two runs of the same actions: when they happened.
TIMES = {"utc", "liveMs", "recordingMs", "secondsBehindPlan", "endsAt", "startsAt"}


def records(path: Path) -> list:
    events = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [{k: v for k, v in event.items() if k not in TIMES} for event in events]


class RuntimeTest(kit.VitrineTestCase):

    def copy_demo(self, name: str) -> Path:
        folder = self.tmp / name
        shutil.copytree(kit.demo_show().parent, folder)
        return folder / "demo.vitrine"

    def test_window_and_headless_write_the_same_event_log(self):
        actions = self.tmp / "actions.jsonl"
        actions.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in SCRIPT) + "\n", encoding="utf-8")
        scenes = {s["name"] for s in json.loads(kit.demo_show().read_text(encoding="utf-8"))["scenes"]}
        self.assertIn("Démo en direct", scenes, "the demo's scenes changed: the script must follow")

        headless_log = self.tmp / "headless.events.jsonl"
        run = self.run_vitrine(["--headless", "--show", self.copy_demo("headless"), "--actions", actions,
                                "--event-log", headless_log, "--duration", 4], timeout=60)
        self.assertRunSucceeded(run)
        expected = records(headless_log)
        self.assertEqual([r["type"] for r in expected],
                         ["product.pin", "promo.start", "scene.switch", "segment.start", "promo.stop",
                          "scene.switch", "product.unpin", "flash.start", "chat.highlight", "overlay.visibility",
                          "chat.unhighlight", "flash.end", "show.end"], expected)

        window_log = self.tmp / "window.events.jsonl"
        env = self.env(extra={"XDG_CONFIG_HOME": str(self.tmp / "config"), "XDG_DATA_HOME": str(self.tmp / "data")})
        window = kit.start_vitrine([self.copy_demo("window"), "--actions", actions, "--event-log", window_log], env)
        try:
            deadline = time.monotonic() + 40
            while time.monotonic() < deadline:
                self.assertIsNone(window.poll(), "the window closed by itself")
                if window_log.exists() and len(records(window_log)) >= len(expected):
                    break
                time.sleep(0.5)
            time.sleep(1.0)  # nothing more may come
            self.assertEqual(records(window_log), expected, "the window's run logged other records")
        finally:
            window.send_signal(15)
            window.finish(15)
            window.kill()

    def test_headless_run_sees_a_product_sell_out_from_the_stock_feed(self):
        feed = ("sku,title,price,stock\nMOUL-ART-01,Moulin,89.00,24\nCAFE-ETH-250,Café,14.90,0\n"
                "BAL-PREC-01,Balance,39.00,0\n").encode()
        requests = []

        class Feed(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's name)
                requests.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "text/csv")
                self.send_header("Content-Length", str(len(feed)))
                self.end_headers()
                self.wfile.write(feed)

            def log_message(self, *args):
                pass

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Feed)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        self.addCleanup(server.shutdown)
        show = self.copy_demo("stock")
        document = json.loads(show.read_text(encoding="utf-8"))
        document["catalogueFeed"] = {"url": f"http://127.0.0.1:{server.server_address[1]}/feed.csv",
                                     "refreshSeconds": 5, "refreshStock": True}
        show.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        log = self.tmp / "stock.events.jsonl"
        run = self.run_vitrine(["--headless", "--show", show, "--event-log", log, "--duration", 3], timeout=60)
        self.assertRunSucceeded(run)
        self.assertTrue(requests, "the headless run never read the stock feed")
        sold_out = [r for r in records(log) if r["type"] == "stock.level"]
        self.assertEqual(sold_out, [{"type": "stock.level", "sku": "CAFE-ETH-250", "level": "sold_out", "stock": 0}],
                         records(log))
        # The live stock is the show's: saved in it for the next run and the window.
        saved = json.loads(show.read_text(encoding="utf-8"))
        self.assertEqual(next(p for p in saved["products"] if p["sku"] == "CAFE-ETH-250")["stock"], 0)


if __name__ == "__main__":
    kit.main()

#!/usr/bin/env python3
"""`vitrine catalogue import FEED|URL --into SHOW` and `vitrine catalogue list SHOW --json`: real files, a real
HTTP server on loopback, the show file checked after every run (a fatal error must leave it byte for byte)."""

import functools
import http.server
import json
import sys
import threading
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support"))  # also when run by hand
import vitrine_testkit as kit  # noqa: E402


def data(name: str) -> Path:
    return kit.SOURCE_DIR / "tests" / "data" / "import" / name


class FeedServer:
    """Serves tests/data/import over HTTP on a free loopback port."""

    def __init__(self):
        handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(data("")))
        handler.log_message = lambda *args: None
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/{name}"

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


class CatalogueCommandTest(unittest.TestCase):

    def setUp(self):
        import tempfile
        self._tempdir = tempfile.TemporaryDirectory(prefix="vitrine-catalogue-")
        self.addCleanup(self._tempdir.cleanup)
        self.tmp = Path(self._tempdir.name)
        self.show = self.tmp / "live.vitrine"

    def vitrine(self, *args):
        return kit.run_vitrine(["catalogue", *args], timeout=60, env=kit.vitrine_env(None))

    def imported(self, source):
        run = self.vitrine("import", source, "--into", self.show)
        self.assertEqual(run.returncode, 0, run.describe())
        return run

    def products(self) -> dict:
        run = self.vitrine("list", self.show, "--json")
        self.assertEqual(run.returncode, 0, run.describe())
        return {product["sku"]: product for product in json.loads(run.stdout)}

    def test_merchant_feed_into_a_new_show(self):
        run = self.imported(data("merchant_feed.xml"))
        self.assertIn("Created", run.stdout)
        document = json.loads(self.show.read_text(encoding="utf-8"))
        self.assertEqual(document["format"], "vitrine-show")
        self.assertEqual(document["title"], "live")
        self.assertTrue(document["scenes"], "a new show gets a scene so the window can open it")

        products = self.products()
        self.assertIn("MC-GRINDER-01", products)
        grinder = products["MC-GRINDER-01"]
        self.assertEqual(grinder["title"], "Moulin à café Mignon & Co")
        self.assertNotIn("<", grinder["description"])
        self.assertIn("conique", grinder["description"])
        self.assertEqual(grinder["currency"], "EUR")
        self.assertEqual(grinder["availability"], "in_stock")
        self.assertEqual(grinder["stock"], 12)
        self.assertEqual(grinder["link"], "https://shop.example.com/products/moulin-mignon")
        self.assertEqual(grinder["images"], ["https://cdn.example.com/moulin-1.jpg",
                                             "https://cdn.example.com/moulin-2.jpg",
                                             "https://cdn.example.com/moulin-3.jpg"])
        self.assertEqual(grinder["vendor"], "Mignon")
        kettle = products["MC-KETTLE-02"]
        self.assertEqual(kettle["title"], "Bouilloire col de cygne")
        self.assertTrue(kettle["description"].startswith("Verseur précis"), kettle["description"])
        # Its sale ended in October 2026: the regular price stands, and nothing to compare it with.
        self.assertEqual(kettle["price"], "89.99")
        self.assertIsNone(kettle["compareAtPrice"])
        self.assertEqual(kettle["availability"], "out_of_stock")
        grouped = [p for p in products.values() if p["variants"]]
        self.assertTrue(grouped, f"item_group_id grouped no variants: {list(products)}")
        for variant in grouped[0]["variants"]:
            self.assertTrue(variant["sku"])
            self.assertRegex(variant["price"], r"^\d+\.\d\d$")

    def test_rows_with_errors_are_skipped_with_a_warning_and_exit_0(self):
        run = self.vitrine("import", data("products_with_errors.csv"), "--into", self.show, "--currency", "eur")
        self.assertEqual(run.returncode, 0, run.describe())
        self.assertIn("products_with_errors.csv:", run.stderr)
        self.assertRegex(run.stderr, r"products_with_errors\.csv:\d+: ")
        products = self.products()
        self.assertIn("OK-1", products)
        self.assertNotIn("NEG-1", products, "a negative price is not imported")
        self.assertEqual(products["OK-1"]["price"], "19.90")
        self.assertEqual(products["OK-1"]["currency"], "EUR", "--currency gives plain prices their currency")
        # A re-import without --currency keeps the show's currency.
        self.imported(data("products_with_errors.csv"))
        self.assertEqual(self.products()["OK-1"]["currency"], "EUR")
        run = self.vitrine("import", data("products_with_errors.csv"), "--into", self.show, "--currency", "euros")
        self.assertEqual(run.returncode, 2)
        self.assertIn("--currency", run.stderr)

    def test_fatal_import_changes_nothing_and_exits_2(self):
        self.imported(data("merchant_feed.xml"))
        before = self.show.read_bytes()
        for bad in (data("missing_columns.csv"), data("merchant_feed_malformed.xml"), self.tmp / "nowhere.csv"):
            with self.subTest(source=bad.name):
                run = self.vitrine("import", bad, "--into", self.show)
                self.assertEqual(run.returncode, 2, run.describe())
                self.assertIn("vitrine:", run.stderr)
                self.assertEqual(self.show.read_bytes(), before, "a fatal import touched the show")

    def test_reimport_keeps_the_producers_pitch_and_reports_changes(self):
        self.imported(data("merchant_feed.xml"))
        document = json.loads(self.show.read_text(encoding="utf-8"))
        for product in document["products"]:
            if product["sku"] == "MC-GRINDER-01":
                product["pitch"] = "Le moulin de la démo"
        self.show.write_text(json.dumps(document), encoding="utf-8")
        run = self.imported(data("merchant_feed.xml"))
        self.assertIn("Saved", run.stdout)
        self.assertRegex(run.stdout, r"\b0 new\b", run.stdout)
        self.assertEqual(self.products()["MC-GRINDER-01"]["description"], "Le moulin de la démo")

    def test_feed_from_http_becomes_the_stock_feed(self):
        server = FeedServer()
        self.addCleanup(server.stop)
        url = server.url("shopify_products.json")
        self.imported(url)
        self.assertTrue(self.products(), "nothing imported over HTTP")
        document = json.loads(self.show.read_text(encoding="utf-8"))
        self.assertEqual(document["catalogueFeed"]["url"], url)

    def test_unreachable_feed_exits_2(self):
        port = kit.free_tcp_port()  # nothing listens there
        run = self.vitrine("import", f"http://127.0.0.1:{port}/feed.xml", "--into", self.show)
        self.assertEqual(run.returncode, 2, run.describe())
        self.assertFalse(self.show.exists(), "a failed import created the show")

    def test_list_for_people_and_bad_shows(self):
        self.imported(data("merchant_feed.xml"))
        run = self.vitrine("list", self.show)
        self.assertEqual(run.returncode, 0, run.describe())
        self.assertIn("MC-GRINDER-01\tMoulin à café Mignon & Co", run.stdout)
        self.assertIn("sold out", run.stdout)
        broken = self.tmp / "broken.vitrine"
        broken.write_text('{"format": "vitrine-show", "version": 2, "title": ', encoding="utf-8")
        run = self.vitrine("list", broken, "--json")
        self.assertEqual(run.returncode, 2)
        self.assertIn("broken.vitrine", run.stderr)
        run = self.vitrine("import", data("merchant_feed.xml"))  # no --into
        self.assertEqual(run.returncode, 2)
        self.assertIn("usage", run.stderr)


if __name__ == "__main__":
    kit.main()

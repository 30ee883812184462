#!/usr/bin/env python3
"""Installing Vitrine Studio: `cmake --install` lays out the executable, the demo show and the desktop files
(validated with desktop-file-validate and appstreamcli), the installed studio finds its demo, and cpack makes a
Debian package that holds them and depends on what the studio loads at run time."""

import argparse
import json
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

BUILD_DIR: Path = None
APP_ID = "org.vitrinestudio.Vitrine"


def run(*args, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=300, **kwargs)


class InstallTest(unittest.TestCase):

    def setUp(self):
        self._tempdir = tempfile.TemporaryDirectory(prefix="vitrine-install-")
        self.addCleanup(self._tempdir.cleanup)
        self.tmp = Path(self._tempdir.name)

    def test_install_lays_out_a_desktop_application(self):
        prefix = self.tmp / "usr"
        done = run("cmake", "--install", BUILD_DIR, "--prefix", prefix)
        self.assertEqual(done.returncode, 0, done.stderr)
        vitrine = prefix / "bin" / "vitrine"
        self.assertTrue(vitrine.is_file())
        desktop = prefix / "share" / "applications" / f"{APP_ID}.desktop"
        metainfo = prefix / "share" / "metainfo" / f"{APP_ID}.metainfo.xml"
        for path in (desktop, metainfo, prefix / "share" / "mime" / "packages" / "vitrine-show.xml",
                     prefix / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
                     prefix / "share" / "vitrine" / "demo" / "demo.vitrine",
                     # Relay mode's nginx-rtmp config and guide, with the docs.
                     prefix / "share" / "doc" / "vitrine" / "relay" / "nginx-relay.conf",
                     prefix / "share" / "doc" / "vitrine" / "relay" / "README.md"):
            self.assertTrue(path.is_file(), f"not installed: {path}")
        checked = run("desktop-file-validate", desktop)
        self.assertEqual(checked.returncode, 0, checked.stdout + checked.stderr)
        checked = run("appstreamcli", "validate", "--no-net", metainfo)
        self.assertEqual(checked.returncode, 0, checked.stdout + checked.stderr)
        self.assertIn("Exec=vitrine %f", desktop.read_text())

        # The installed executable runs on its own and reads the installed demo.
        listed = run(vitrine, "catalogue", "list", prefix / "share" / "vitrine" / "demo" / "demo.vitrine", "--json")
        self.assertEqual(listed.returncode, 0, listed.stderr)
        self.assertEqual([p["sku"] for p in json.loads(listed.stdout)], ["MOUL-ART-01", "CAFE-ETH-250", "BAL-PREC-01"])
        version = run(vitrine, "--version")
        self.assertEqual(version.returncode, 0, version.stderr)
        self.assertRegex(version.stdout, r"^vitrine \d+\.\d+\.\d+")

    def test_debian_package(self):
        done = run("cpack", "-G", "DEB", "--config", BUILD_DIR / "CPackConfig.cmake", "-B", self.tmp)
        self.assertEqual(done.returncode, 0, done.stdout + done.stderr)
        debs = list(self.tmp.glob("vitrine-studio_*.deb"))
        self.assertEqual(len(debs), 1, done.stdout)
        contents = run("dpkg-deb", "--contents", debs[0]).stdout
        for path in ("./usr/bin/vitrine", f"./usr/share/applications/{APP_ID}.desktop",
                     "./usr/share/vitrine/demo/demo.vitrine"):
            self.assertIn(path, contents)
        depends = run("dpkg-deb", "--field", debs[0], "Depends").stdout
        for package in ("obs-studio", "libobs0", "gstreamer1.0-plugins-good", "libqt6widgets6"):
            self.assertIn(package, depends)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--build-dir", required=True, type=Path)
    options, rest = parser.parse_known_args()
    BUILD_DIR = options.build_dir.resolve()
    unittest.main(argv=[sys.argv[0], *rest], verbosity=2)

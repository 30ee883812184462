#!/usr/bin/env python3
"""French and English ship: every message is translated, placeholders survive translation, and the
executable speaks French when the user's language is French."""
import re
import subprocess
import sys
import unittest
import xml.etree.ElementTree as ElementTree
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support"))
import vitrine_testkit as kit  # noqa: E402

PLACEHOLDER = re.compile(r"%\d+|%n")


class TranslationsTest(unittest.TestCase):
    def catalogue(self, language: str):
        return ElementTree.parse(kit.SOURCE_DIR / "translations" / f"vitrine_{language}.ts").getroot()

    def test_every_message_is_translated_with_its_placeholders(self):
        for language in ("fr", "en"):
            for message in self.catalogue(language).iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                # Plural messages carry one <numerusform> per grammatical number instead of a text.
                forms = [form.text or "" for form in translation.findall("numerusform")] or [translation.text or ""]
                with self.subTest(language=language, source=source):
                    self.assertNotEqual(translation.get("type"), "unfinished")
                    for form in forms:
                        self.assertTrue(form.strip())
                        self.assertEqual(sorted(set(PLACEHOLDER.findall(source))), sorted(set(PLACEHOLDER.findall(form))))

    def run_help(self, **env):
        environment = kit.vitrine_env(None, env)
        return subprocess.run([str(kit.VITRINE), "--help"], env=environment, capture_output=True, text=True,
                              timeout=30)

    def test_help_speaks_the_users_language(self):
        french = self.run_help(LANGUAGE="fr", LC_ALL="fr_FR.UTF-8", LANG="fr_FR.UTF-8")
        self.assertEqual(french.returncode, 0, french.stderr)
        self.assertIn("ouvre la fenêtre du studio", french.stdout)
        english = self.run_help(LANGUAGE="en", LC_ALL="C.UTF-8", LANG="C.UTF-8")
        self.assertIn("open the studio window", english.stdout)

    def test_errors_are_translated_too(self):
        environment = kit.vitrine_env(None, {"LANGUAGE": "fr", "LC_ALL": "fr_FR.UTF-8", "LANG": "fr_FR.UTF-8"})
        run = subprocess.run([str(kit.VITRINE), "--headless", "--show", str(kit.SOURCE_DIR / "nope.vitrine")],
                             env=environment, capture_output=True, text=True, timeout=30)
        self.assertEqual(run.returncode, 2)
        self.assertIn("n’existe pas", run.stderr)

    def test_messages_from_free_functions_are_translated(self):
        # describeOutputStopCode() is a free function: its context must match what lupdate recorded.
        closed_port = kit.free_tcp_port()
        with kit.Xvfb() as xvfb:
            environment = kit.vitrine_env(xvfb.display, {"LANGUAGE": "fr", "LC_ALL": "fr_FR.UTF-8",
                                                         "LANG": "fr_FR.UTF-8"})
            run = subprocess.run([str(kit.VITRINE), "--headless", "--show", str(kit.demo_show()), "--stream",
                                  f"rtmp://127.0.0.1:{closed_port}/live/key", "--duration", "3"],
                                 env=environment, capture_output=True, text=True, timeout=60)
        self.assertEqual(run.returncode, 2, run.stderr)
        self.assertIn("connexion au serveur impossible", run.stderr)


if __name__ == "__main__":
    kit.main()

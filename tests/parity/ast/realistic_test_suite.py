"""A unittest module in the usual style: fixtures, subTests, context managers, mocks."""
import contextlib
import io
import os
import tempfile
import unittest
from unittest import mock


def slugify(text: str, *, sep: str = "-", max_len: int | None = None) -> str:
    out, pending = [], False
    for ch in text.strip().lower():
        if ch.isalnum():
            if pending and out:
                out.append(sep)
            out.append(ch)
            pending = False
        else:
            pending = True
    slug = "".join(out)
    return slug[:max_len].rstrip(sep) if max_len else slug


class SlugifyTests(unittest.TestCase):
    maxDiff = None

    def test_basic(self):
        self.assertEqual(slugify("Hello, World!"), "hello-world")

    def test_cases(self):
        cases = [
            ("", ""),
            ("   ", ""),
            ("a", "a"),
            ("A B  C", "a-b-c"),
            ("--x--", "x"),
            ("Ünïcödé text", "ünïcödé-text"),
            ("tab\tand\nnewline", "tab-and-newline"),
        ]
        for text, expected in cases:
            with self.subTest(text=text):
                self.assertEqual(slugify(text), expected)

    def test_separator_and_length(self):
        self.assertEqual(slugify("a b c", sep="_"), "a_b_c")
        self.assertEqual(slugify("abc def ghi", max_len=5), "abc-d")
        self.assertEqual(slugify("abc def", max_len=4), "abc")

    @unittest.skipIf(os.name == "nt", "POSIX paths only")
    def test_with_files(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, slugify("My File") + ".txt")
            with open(path, "w", encoding="utf-8") as fh:
                fh.write("content")
            self.assertTrue(os.path.exists(path))
            self.assertEqual(os.path.basename(path), "my-file.txt")

    def test_raises(self):
        with self.assertRaises(AttributeError):
            slugify(None)  # type: ignore[arg-type]
        with self.assertRaisesRegex(TypeError, r"can only concatenate|unsupported"):
            slugify("x", sep=1)  # type: ignore[arg-type]

    @mock.patch("builtins.print")
    def test_mocked_print(self, fake_print):
        print(slugify("Mock Me"))
        fake_print.assert_called_once_with("mock-me")

    def test_stdout_capture(self):
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            print(slugify("Captured Output"), end="")
        self.assertEqual(buf.getvalue(), "captured-output")


class FixtureTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.shared = {"count": 0}

    def setUp(self):
        self.shared["count"] += 1
        self.addCleanup(self.shared.__setitem__, "last", self.id())

    def tearDown(self):
        pass

    def test_one(self):
        self.assertGreaterEqual(self.shared["count"], 1)

    def test_two(self):
        self.assertIn("count", self.shared)

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(slugify("a.b"), "a.b")


def load_tests(loader, tests, pattern):
    suite = unittest.TestSuite()
    for case in (SlugifyTests, FixtureTests):
        suite.addTests(loader.loadTestsFromTestCase(case))
    return suite


if __name__ == "__main__":
    unittest.main(verbosity=2)

"""Runs pytest the same way under CPython and pyjama: `python _run_pytest.py PYTEST-ARGS...`.

PytestParityTest runs this under both interpreters with pytest's wheels on PYTHONPATH.
"""
import io
import sys

# WORKAROUND, drop once sys.std* are real TextIOWrapper objects (another branch rewrites them):
# pyjama's standard streams have no fileno()/isatty()/encoding, which pytest's fd capture and
# faulthandler plugin need. They are replaced by text wrappers over descriptors 0, 1 and 2 only
# while fileno is missing, so the workaround turns itself off when the real streams arrive.
if not hasattr(sys.stdout, "fileno"):
    def _wrap(fd, mode):
        raw = io.open(fd, mode, closefd=False)
        return io.TextIOWrapper(raw, encoding="utf-8", errors="backslashreplace" if fd else "strict",
                                line_buffering=True, write_through=fd != 0)
    sys.stdin = sys.__stdin__ = _wrap(0, "rb")
    sys.stdout = sys.__stdout__ = _wrap(1, "wb")
    sys.stderr = sys.__stderr__ = _wrap(2, "wb")

import pytest  # noqa: E402  (after the streams are in place: pytest keeps references to them)

raise SystemExit(pytest.console_main())

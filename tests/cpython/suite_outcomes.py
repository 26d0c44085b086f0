"""Runs one of CPython's test modules and prints each test's outcome, one line per test:

    ok|FAIL|ERROR|skip TEST_ID

sorted by id, after the usual unittest output (which goes to stderr). CPythonSuitesTest runs it
under CPython 3.13 and under pyjama and compares the two lists. A test whose subtests fail is
FAIL; an expected failure counts as ok, an unexpected success as FAIL. With
--cpython-only-off, test.support.cpython_only is a no-op before the module is imported (the
second run of test_sys_settrace, where TraceOpcodesTestCase runs on pyjama too).

    python3 tests/cpython/suite_outcomes.py [--cpython-only-off] test.test_sys_settrace
"""
import sys
import unittest

args = sys.argv[1:]
if args and args[0] == "--cpython-only-off":
    import test.support
    test.support.cpython_only = lambda test: test
    args = args[1:]
module_name = args[0]


class Recorder(unittest.TextTestResult):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.outcomes = {}

    def _set(self, test, outcome):
        self.outcomes[test.id()] = outcome

    def addSuccess(self, test):
        super().addSuccess(test)
        self.outcomes.setdefault(test.id(), "ok")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._set(test, "FAIL")

    def addError(self, test, err):
        super().addError(test, err)
        self._set(test, "ERROR")

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._set(test, "skip")

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._set(test, "ok")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._set(test, "FAIL")

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            failed = issubclass(err[0], test.failureException)
            if self.outcomes.get(test.id()) != "ERROR":
                self._set(test, "FAIL" if failed else "ERROR")


try:
    suite = unittest.defaultTestLoader.loadTestsFromName(module_name)
except unittest.SkipTest as e:
    # the whole module skips itself at import (test_monitoring without _testcapi)
    print(f"module skipped: {e}", file=sys.stderr)
    print("skip", module_name)
    sys.exit(0)
runner = unittest.TextTestRunner(stream=sys.stderr, verbosity=2, resultclass=Recorder)
result = runner.run(suite)
sys.stderr.flush()
for test_id in sorted(result.outcomes):
    print(result.outcomes[test_id], test_id)

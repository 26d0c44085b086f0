"""CPython's test_sys_settrace once more, with its CPython-only tests switched on.

test.support.cpython_only skips a test on any implementation but CPython; pyjama names itself
'pyjama' (sys.implementation.name), so TraceOpcodesTestCase (every trace test again with
f_trace_opcodes) would be skipped. Here the decorator becomes a no-op before the test module is
imported, and the module runs unmodified otherwise:

    ./pyjama tests/cpython/run_settrace_opcodes.py [-v] [unittest arguments]
"""
import sys
import unittest

import test.support

test.support.cpython_only = lambda test: test

from test import test_sys_settrace  # noqa: E402 (the decorator must be replaced first)

unittest.main(module=test_sys_settrace, argv=[sys.argv[0]] + sys.argv[1:])

"""skip, skipif, xfail and xpass."""
import sys

import pytest


@pytest.mark.skip(reason="not today")
def test_skipped():
    assert False


@pytest.mark.skipif(sys.version_info < (3, 20), reason="needs Python 3.20")
def test_skipif_true():
    assert False


@pytest.mark.skipif(sys.version_info < (3, 0), reason="ancient")
def test_skipif_false():
    assert True


def test_skip_inside():
    pytest.skip("decided at run time")


@pytest.mark.xfail(reason="known bug")
def test_xfail():
    assert 1 == 2


@pytest.mark.xfail(raises=ZeroDivisionError)
def test_xfail_raises():
    1 / 0


def test_xfail_inside():
    pytest.xfail("gave up")


@pytest.mark.xfail(reason="fixed already")
def test_xpass():
    assert True


@pytest.mark.xfail(strict=True, raises=TypeError)
def test_xfail_wrong_exception():
    raise ValueError("not a TypeError")


@pytest.mark.parametrize("n", [1, 2, 3])
def test_skip_param(n):
    if n == 2:
        pytest.skip("two is skipped")
    assert n != 3


def test_importorskip():
    pytest.importorskip("module_that_does_not_exist_anywhere")


@pytest.mark.slow
def test_marked_slow():
    assert True

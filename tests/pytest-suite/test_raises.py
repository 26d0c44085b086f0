"""pytest.raises, uncaught exceptions and their tracebacks."""
import pytest


def divide(a, b):
    return a / b


def test_raises_ok():
    with pytest.raises(ZeroDivisionError):
        divide(1, 0)


def test_raises_match():
    with pytest.raises(ValueError, match=r"invalid literal .* 'x'"):
        int("x")


def test_raises_match_fails():
    with pytest.raises(ValueError, match="something else"):
        int("x")


def test_raises_not_raised():
    with pytest.raises(KeyError):
        {"a": 1}["a"]


def test_raises_excinfo():
    with pytest.raises(IndexError) as excinfo:
        [][3]
    assert excinfo.type is IndexError
    assert "out of range" in str(excinfo.value)


def test_uncaught():
    divide(1, 0)


def helper_deep(n):
    if n == 0:
        raise KeyError("deep")
    return helper_deep(n - 1)


def test_uncaught_deep():
    helper_deep(3)


def test_exception_group():
    with pytest.raises(ExceptionGroup) as excinfo:
        raise ExceptionGroup("group", [ValueError("v"), TypeError("t")])
    assert excinfo.group_contains(TypeError)


def test_chained():
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("while looking up") from e


def test_fail_call():
    pytest.fail("explicit failure")

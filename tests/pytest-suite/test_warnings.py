"""Warnings: pytest.warns, recorded warnings and the warnings summary."""
import warnings

import pytest


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1


def test_warns():
    with pytest.warns(DeprecationWarning, match="deprecated"):
        old_api()


def test_warns_missing():
    with pytest.warns(UserWarning):
        pass


def test_recwarn(recwarn):
    warnings.warn("first", UserWarning)
    warnings.warn("second", RuntimeWarning)
    assert len(recwarn) == 2
    assert recwarn.pop(UserWarning).message.args == ("first",)


def test_warning_summary():
    warnings.warn("this shows in the summary", UserWarning)


def test_deprecated_call():
    with pytest.deprecated_call():
        old_api()


@pytest.mark.filterwarnings("error")
def test_warning_as_error():
    warnings.warn("now an error", UserWarning)

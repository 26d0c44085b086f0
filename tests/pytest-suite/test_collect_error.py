"""A module that fails to import: pytest reports a collection error."""
import module_missing_for_collection_error  # noqa: F401


def test_never_collected():
    assert True

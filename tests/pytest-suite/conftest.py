import pytest

LOG = []


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: a marker the suite registers itself")


@pytest.fixture(scope="session")
def session_log():
    LOG.append("session-start")
    yield LOG
    LOG.append("session-end")


@pytest.fixture(scope="module")
def module_counter():
    return {"n": 0}


@pytest.fixture
def numbers():
    return [3, 1, 2]


@pytest.fixture(params=["a", "bb", "ccc"])
def word(request):
    return request.param

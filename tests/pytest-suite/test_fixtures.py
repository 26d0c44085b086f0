"""Fixtures: scopes, yield teardown, parametrize, and the built-in ones."""
import os

import pytest


def test_numbers(numbers):
    assert sorted(numbers) == [1, 2, 3]


def test_numbers_fail(numbers):
    numbers.append(4)
    assert sum(numbers) == 9


def test_session_log(session_log):
    assert session_log[0] == "session-start"


def test_module_counter_1(module_counter):
    module_counter["n"] += 1
    assert module_counter["n"] == 1


def test_module_counter_2(module_counter):
    module_counter["n"] += 1
    assert module_counter["n"] == 2


def test_word(word):
    assert len(word) < 3


@pytest.fixture
def resource():
    state = {"open": True}
    yield state
    state["open"] = False


def test_yield_fixture(resource):
    assert resource["open"]


@pytest.mark.parametrize("a,b,total", [(1, 2, 3), (2, 2, 4), (5, 5, 11)])
def test_add(a, b, total):
    assert a + b == total


@pytest.mark.parametrize("text", ["abc", "ABC"], ids=["lower", "upper"])
def test_ids(text):
    assert text.islower()


def test_tmp_path(tmp_path):
    f = tmp_path / "data.txt"
    f.write_text("content")
    assert f.read_text() == "content"
    assert os.listdir(tmp_path) == ["data.txt"]


def test_capsys(capsys):
    print("to stdout")
    print("to stderr", file=__import__("sys").stderr)
    out, err = capsys.readouterr()
    assert out == "to stdout\n"
    assert err == "to stderr\n"


def test_capsys_fail(capsys):
    print("captured line")
    assert capsys.readouterr().out == "other\n"


def test_monkeypatch(monkeypatch):
    monkeypatch.setenv("PYJAMA_SUITE_VAR", "1")
    monkeypatch.setattr(os.path, "sep", "#")
    assert os.environ["PYJAMA_SUITE_VAR"] == "1"
    assert os.path.sep == "#"


def test_monkeypatch_undone():
    assert "PYJAMA_SUITE_VAR" not in os.environ
    assert os.path.sep == "/"


@pytest.fixture
def broken():
    raise RuntimeError("fixture setup failed")


def test_broken_fixture(broken):
    pass


@pytest.fixture
def bad_teardown():
    yield 1
    raise ValueError("teardown failed")


def test_bad_teardown(bad_teardown):
    assert bad_teardown == 1


def test_request(request):
    assert request.node.name == "test_request"
    assert request.function.__name__ == "test_request"

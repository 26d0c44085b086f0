"""Test classes, setup methods, and output captured from failing tests."""
import sys

import pytest


class TestStack:
    def setup_method(self, method):
        self.items = []

    def test_push(self):
        self.items.append(1)
        assert self.items == [1]

    def test_pop_empty(self):
        self.items.pop()

    def test_len(self):
        assert len(self.items) == 1


class TestWithFixture:
    @pytest.fixture(autouse=True)
    def prepare(self):
        self.ready = True

    def test_ready(self):
        assert self.ready

    def test_prints_and_fails(self):
        print("some output from the test")
        print("and some error output", file=sys.stderr)
        assert self.ready is False


class NotATestClass:
    def test_ignored(self):
        assert False


def test_generator_expression_assert():
    values = [x * x for x in range(5)]
    assert all(v < 10 for v in values)


def test_nested_data():
    got = {"users": [{"name": "ann", "age": 30}, {"name": "bob", "age": 25}]}
    want = {"users": [{"name": "ann", "age": 30}, {"name": "bob", "age": 26}]}
    assert got == want


def test_long_strings():
    got = "".join(str(i) for i in range(40))
    want = got.replace("25", "xx")
    assert got == want


def test_approx():
    assert 0.1 + 0.2 == pytest.approx(0.3)
    assert [0.1 + 0.2, 1.0] == pytest.approx([0.3, 1.1])

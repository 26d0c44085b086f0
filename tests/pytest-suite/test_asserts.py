"""Passing and failing asserts: pytest rewrites these to explain each failure."""


def test_int_equal():
    assert 1 + 1 == 2


def test_int_not_equal():
    a = 6
    assert a * 7 == 43


def test_str_diff():
    assert "hello world" == "hello wurld"


def test_multiline_str_diff():
    left = "one\ntwo\nthree\n"
    right = "one\n2\nthree\n"
    assert left == right


def test_list_diff():
    assert [1, 2, 3, 4] == [1, 2, 4, 4]


def test_list_length():
    assert [1, 2, 3] == [1, 2]


def test_dict_diff():
    assert {"a": 1, "b": 2, "c": 3} == {"a": 1, "b": 5, "d": 3}


def test_set_diff():
    assert {1, 2, 3} == {2, 3, 4}


def test_tuple_ok():
    assert (1, "x") == (1, "x")


def test_in_list():
    assert 5 in [1, 2, 3]


def test_not_in_str():
    assert "ell" not in "hello"


def test_comparison_chain():
    x = 10
    assert 0 < x < 5


def test_function_call():
    def double(v):
        return v * 2

    assert double(3) == 7


def test_assert_message():
    value = 42
    assert value < 10, f"value {value} is too big"


def test_boolean_ops():
    a, b = True, False
    assert a and b


def test_is_none():
    result = {"k": 1}.get("missing", 0)
    assert result is None


def test_isinstance():
    assert isinstance("3", int)


def test_attribute():
    class Point:
        def __init__(self, x, y):
            self.x, self.y = x, y

        def __repr__(self):
            return f"Point({self.x}, {self.y})"

    p = Point(1, 2)
    assert p.x == p.y


def test_walrus_and_any():
    data = [1, 3, 5]
    assert any(n % 2 == 0 for n in data)


def test_passes_with_message():
    assert len("abc") == 3, "never shown"

assert x
assert x, "message"
assert x > 0, f"x is {x}"
assert (x, y)
assert not x, (1, 2)
assert x == y, ("long message "
                "continued")

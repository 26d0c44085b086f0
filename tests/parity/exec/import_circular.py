import _helper_cycle_a
print(_helper_cycle_a.value_a, _helper_cycle_a.from_b())

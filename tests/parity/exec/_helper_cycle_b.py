import _helper_cycle_a
value_b = 'B'
seen_a = _helper_cycle_a.value_a

value_a = 'A'
import _helper_cycle_b

def from_b():
    return _helper_cycle_b.value_b + _helper_cycle_b.seen_a

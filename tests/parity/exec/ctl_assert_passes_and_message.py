assert True
assert 1 == 1, 'unused'
try:
    assert [], 'empty list is falsy'
except AssertionError as e:
    print('AssertionError', e, e.args)
try:
    assert 0
except AssertionError as e:
    print('AssertionError', repr(e))

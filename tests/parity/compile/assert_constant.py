# assert of constants: 'assert True' still compiles a test; 'assert False' always raises
def f():
    assert True
    assert 1, "one"
    assert False, "always"

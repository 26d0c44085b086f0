# Imports in a function store fast locals; global import targets store globals
def f():
    import json
    from os import path as p
    global re
    import re
    return json, p

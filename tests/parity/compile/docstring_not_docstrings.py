# Byte strings, f-strings and concatenations with f-strings are not docstrings
def a():
    b"bytes"

def b():
    f"fstring {x}"

def c():
    "implicit" "concatenation"

# CRLF line endings: line numbers and columns are the same as with LF
def f(a,
      b):
    return (a +
            b)

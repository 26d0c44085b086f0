# Python 2's "print >>f, x" still parses in Python 3: a shift and a tuple.
print >> sys.stderr, "message"
print >>f
exec = 1
print
print,
print (x), y
exec (code)

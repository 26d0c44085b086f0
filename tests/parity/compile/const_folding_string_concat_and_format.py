# Implicit concatenation, %-formatting and f-strings of constants
a = "abc" "def"
b = "%s-%d" % ("x", 3)
c = "%s" % x
d = "%(key)s" % {"key": 1}

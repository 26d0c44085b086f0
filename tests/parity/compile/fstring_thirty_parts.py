# An f-string of exactly 30 pieces still uses BUILD_STRING (the str.join path starts above 30)
def f(a):
    return f"{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-{a}-"

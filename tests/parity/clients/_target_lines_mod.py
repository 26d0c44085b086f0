# A module for trace.CoverageResults: loops, branches, a function called twice.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    return "positive"


def loop(k):
    out = []
    for i in range(k):
        out.append(classify(i - 1))
    return out


results = loop(3)
results += loop(1)
try:
    {}["missing"]
except KeyError:
    results.append("caught")

# Assignment expressions at module level bind module names
if (n := len(data)) > 10:
    print(n)

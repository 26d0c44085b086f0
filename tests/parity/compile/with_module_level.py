# with at module level
with open("file") as fp:
    data = fp.read()

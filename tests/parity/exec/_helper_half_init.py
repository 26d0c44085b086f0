FIRST = 1
raise KeyError("half")

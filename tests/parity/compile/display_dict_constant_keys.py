# A dict display with several constant keys uses BUILD_CONST_KEY_MAP
a = {"a": 1, "b": 2}
b = {1: x, 2: y, 3: z}
c = {"a": 1}
d = {"a": x, b: 2}
e = {None: 0, True: 1, 1.5: 2, (1, 2): 3}

# Dict displays: empty, one pair, several pairs with non-constant keys (BUILD_MAP)
a = {}
b = {k: v}
c = {k1: v1, k2: v2}
d = {f(): g(), h(): i()}

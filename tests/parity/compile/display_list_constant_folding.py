# A list of three or more constants becomes BUILD_LIST 0 + LIST_EXTEND of a constant tuple
a = [1, 2, 3]
b = [1, 2]
c = ["a", "b", "c", "d"]
d = [1, x, 3]

# At module level swaps of names stay (STORE_NAME may run arbitrary code)
a, b, c = c, a, b

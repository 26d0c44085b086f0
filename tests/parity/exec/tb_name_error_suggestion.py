def compute():
    counter = 10
    return countr + 1

compute()

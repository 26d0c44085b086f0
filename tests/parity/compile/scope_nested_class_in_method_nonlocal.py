# A method of a class nested in a function reaches the function's locals through cells
def outer():
    count = 0
    class Counter:
        def inc(self):
            nonlocal count
            count += 1
            return count
    return Counter

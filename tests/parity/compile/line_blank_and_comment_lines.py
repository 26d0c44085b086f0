# Blank and comment lines between statements do not create entries, only line jumps
def f():
    a = 1

    # a comment

    b = 2



    return a + b

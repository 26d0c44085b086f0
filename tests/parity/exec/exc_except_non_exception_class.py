try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print(e)

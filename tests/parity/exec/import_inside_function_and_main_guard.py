def f():
    import _helper_math
    return _helper_math.square(4)
print(f())
if __name__ == '__main__':
    print('running as main')

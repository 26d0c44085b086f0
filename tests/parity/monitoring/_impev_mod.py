# imported by the import fixtures while a profiler runs
VALUE = 7


def double(x):
    return 2 * x

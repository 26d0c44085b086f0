"""Helper module for import_* fixtures."""
PI = 3.14159
module_level_log = ['loaded']

def square(x):
    return x * x

def cube(x):
    return x * square(x)

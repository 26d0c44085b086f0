# Unbounded recursion caught at several depths; the interpreter keeps working afterwards,
# the limit can be changed, and deep but bounded recursion under a raised limit succeeds.
import sys


def down(n):
    return down(n + 1)


def mutual_a(n):
    return mutual_b(n + 1)


def mutual_b(n):
    return mutual_a(n + 1)


def depth_reached(f):
    try:
        f(0)
    except RecursionError as e:
        return type(e).__name__ + ': ' + str(e)


print(depth_reached(down))
print(depth_reached(mutual_a))
print(sys.getrecursionlimit())


def nested_try(n):
    try:
        return nested_try(n + 1)
    finally:
        pass


print(depth_reached(nested_try))


def bounded(n):
    return 0 if n == 0 else 1 + bounded(n - 1)


sys.setrecursionlimit(20000)
print(bounded(15000))
sys.setrecursionlimit(1000)
print(depth_reached(down))
try:
    bounded(5000)
except RecursionError as e:
    print('bounded', e)
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print('setrecursionlimit', bad, e)
try:
    sys.setrecursionlimit('x')
except TypeError as e:
    print(e)
print(sum(bounded(i) for i in range(50)))

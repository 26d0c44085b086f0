import sys
print(sys.getrecursionlimit())
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(900 < d < 1000)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit(), depth(0) < 200)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)

# Sizes far beyond memory or the digit limit: CPython's MemoryError, OverflowError and
# ValueError, never a JVM error; big but feasible values work.
import sys


def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except (MemoryError, ArithmeticError, ValueError) as e:
        print(label, type(e).__name__, e)


attempt('str repeat', lambda: len('x' * (2**62)))
attempt('str repeat index', lambda: len('x' * (2**63)))
attempt('list repeat', lambda: len([0] * (2**62)))
attempt('str repeat 2**40', lambda: len('xy' * (2**40)))
attempt('list repeat 2**40', lambda: len([None, 1] * (2**40)))
attempt('str join huge', lambda: len(''.join(['ab' * 2**20] * 2**20)))
attempt('str concat loop', lambda: len(''.join(str(i) for i in range(10**5))))
attempt('tuple repeat', lambda: len((1,) * (2**62)))
attempt('bytes repeat', lambda: len(b'x' * (2**62)))
attempt('shift', lambda: (1 << (1 << 40)) > 0)
attempt('shift too far', lambda: (1 << (1 << 70)) > 0)
attempt('str of big int', lambda: len(str(10 ** 5000)))
attempt('int of long str', lambda: int('9' * 5000))
attempt('repr of big int', lambda: len(repr(-7 ** 6000)))
attempt('hex of big int', lambda: len(hex(1 << 100000)))
attempt('format x', lambda: len(f'{1 << 100000:x}'))
attempt('float of big int', lambda: float(10 ** 400))
attempt('float pow', lambda: 2.0 ** 5000)
attempt('range len', lambda: len(range(2 ** 64)))
attempt('range index', lambda: range(2 ** 64)[2 ** 63])
attempt('big int arithmetic', lambda: (3 ** 20000) % 1000007)
attempt('big string', lambda: len('ab' * 10 ** 6))
attempt('join', lambda: len(','.join(['x'] * 10 ** 5)))
attempt('int from float inf', lambda: int(float('inf')))
attempt('int from nan', lambda: int(float('nan')))
attempt('round huge', lambda: round(1e308, -400))
attempt('divmod zero', lambda: divmod(10 ** 100, 0))
sys.set_int_max_str_digits(0)
attempt('no limit', lambda: len(str(10 ** 5000)))
sys.set_int_max_str_digits(640)
attempt('limit 640', lambda: len(str(10 ** 700)))
try:
    sys.set_int_max_str_digits(5)
except ValueError as e:
    print(e)

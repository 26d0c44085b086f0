cases = [
    lambda: int('3.5'), lambda: float('1,5'), lambda: complex('1+'), lambda: [1, 2].remove(3),
    lambda: 'a,b'.split(',', 'x'), lambda: bytes.fromhex('zz'), lambda: 'x' * -1 or int('', 2),
    lambda: list(range(3)).index(9), lambda: (1).to_bytes(-1, 'big'), lambda: (1).to_bytes(1, 'middle'),
    lambda: chr(-1), lambda: 'abc'.encode('utf-99'), lambda: divmod(1, 0), lambda: 2 ** -1 // 0,
]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__, e)

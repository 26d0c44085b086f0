cases = [
    lambda: int('12', base=40), lambda: list(1), lambda: dict(1), lambda: set(1), lambda: tuple(None),
    lambda: str(b'x', 'no-such-codec'), lambda: 'abc'.index('z'), lambda: [].index(0), lambda: ().index(1),
    lambda: {}.fromkeys(1), lambda: range('a'), lambda: chr('a'), lambda: ord(''), lambda: hex(1.5),
    lambda: round('x'), lambda: sum(1), lambda: min(1), lambda: zip(1), lambda: enumerate(1), lambda: iter(1, 2),
    lambda: getattr(1, 2), lambda: setattr(1, 'a', 2), lambda: 'x'.join(1), lambda: bytes('x'),
]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__, e)

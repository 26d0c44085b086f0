cases = [
    lambda: {} + {}, lambda: [1] - [1], lambda: {1} + {2}, lambda: 'a' < 1, lambda: [] < (), lambda: None < None,
    lambda: {'a'} < 'a', lambda: 3 in 3, lambda: 'a' in ['a'][0:0] or 1 in 'abc', lambda: ~'a', lambda: {} * 2,
    lambda: (1, 2)[1:2:0], lambda: 'x'[None:'a'], lambda: [][{}], lambda: {}[[]], lambda: (1).__add__('a') + 1,
]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)

print(set(["apple", "banana", "cherry", "date", "elder", "fig"]))
s = set(); s.update(frozenset(["apple", "banana", "cherry", "date", "elder", "fig"])); print(len(s))
s = {i * 7 for i in range(30)}; print(s)
s = set(); [s.add(str(i)) for i in range(15)]; s.discard("3"); s.add("x"); print(s, s.pop(), s)

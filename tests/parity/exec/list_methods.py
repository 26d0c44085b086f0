l = [3, 1, 4, 1, 5, 9, 2, 6]
l.append(5); l.insert(0, 0); l.insert(-1, 'x'); l.insert(100, 'end')
print(l)
l.remove('x'); l.remove('end')
print(l.pop(), l.pop(0), l.index(1), l.count(1), l)
l.sort(); print(l)
l.sort(reverse=True); print(l)
l.reverse(); print(l)
l.extend(range(2)); print(l, len(l))
c = l.copy(); c.clear(); print(c, l[:3])
for bad in (lambda: l.remove(100), lambda: l.index(100), lambda: [].pop(), lambda: l.pop(50)):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)

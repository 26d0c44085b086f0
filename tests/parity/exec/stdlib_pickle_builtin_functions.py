# Built-in functions and methods pickle by name or as getattr(obj, name) (bytes at protocols 0-2
# go through codecs.encode); bound built-ins compare equal when bound to the same object; a
# defaultdict stays one under | from either side; itertools.count wants numbers.
import pickle, codecs, copy, itertools, collections, operator
for p in range(6):
    try:
        print(p, pickle.loads(pickle.dumps(b'ab', protocol=p)), len(pickle.dumps(b'ab', protocol=p)))
    except Exception as e:
        print(p, type(e).__name__, e)
for f in (len, codecs.encode, operator.add, [].append, dict.fromkeys, str.maketrans, "xy".upper, {}.get):
    try:
        r = f.__reduce__()
        print(repr(r)[:60] if not isinstance(r, str) else r, pickle.loads(pickle.dumps(f)) == f)
    except Exception as e:
        print(type(e).__name__, e)
d = collections.defaultdict(int)
print(type(d | {}), type({} | d), (d | {1: 2}).default_factory)
d |= {3: 4}; print(type(d), d)
for bad in ('a', None):
    try:
        itertools.count(bad)
    except TypeError as e:
        print("count", e)
print(len == len, [].append == [].append, hash(len) == hash(len), {len: 1}[len], (1).__add__ == (1).__add__)
l = []
print(l.append == l.append, hash(l.append) == hash(l.append), l.append != [].append)

# An LRU cache on a hand-written doubly linked list, a memoizing decorator built on it,
# and statistics.

class Node:
    __slots__ = ('key', 'value', 'prev', 'next')
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None

class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError('capacity must be positive')
        self.capacity = capacity
        self.map = {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.next, node.prev = self.head.next, self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            self.evictions += 1
        node = Node(key, value)
        self.map[key] = node
        self._push_front(node)

    def __contains__(self, key):
        return key in self.map

    def __len__(self):
        return len(self.map)

    def __iter__(self):
        n = self.head.next
        while n is not self.tail:
            yield n.key
            n = n.next

    def __repr__(self):
        return 'LRU[' + ', '.join(f'{k}={self.map[k].value}' for k in self) + ']'

def memoize(capacity):
    def deco(fn):
        cache = LRUCache(capacity)
        def wrapper(*args):
            sentinel = object()
            r = cache.get(args, sentinel)
            if r is sentinel:
                r = fn(*args)
                cache.put(args, r)
            return r
        wrapper.cache = cache
        return wrapper
    return deco

c = LRUCache(3)
for k, v in [('a', 1), ('b', 2), ('c', 3)]:
    c.put(k, v)
print(c, len(c))
print(c.get('a'), c)
c.put('d', 4)
print(c, 'b' in c)
c.put('c', 30)
print(c, c.get('zzz', 'miss'))
print(c.hits, c.misses, c.evictions)

@memoize(50)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(90), fib.cache.hits, fib.cache.misses, len(fib.cache))

@memoize(2)
def slow_square(x):
    print('  computing', x)
    return x * x

for x in [1, 2, 1, 3, 2, 1]:
    print(x, slow_square(x))
print(slow_square.cache)
try:
    LRUCache(0)
except ValueError as e:
    print('ValueError:', e)

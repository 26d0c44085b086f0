# A singly linked list implementing the sequence protocol completely.

class LinkedList:
    class _Node:
        __slots__ = ('value', 'next')
        def __init__(self, value, next=None):
            self.value, self.next = value, next

    def __init__(self, items=()):
        self._head, self._len = None, 0
        for x in reversed(list(items)):
            self._head = self._Node(x, self._head)
            self._len += 1

    def __len__(self):
        return self._len

    def __iter__(self):
        n = self._head
        while n:
            yield n.value
            n = n.next

    def __reversed__(self):
        return iter(list(self)[::-1])

    def _node(self, i):
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError('LinkedList index out of range')
        n = self._head
        for _ in range(i):
            n = n.next
        return n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        return self._node(i.__index__()).value

    def __setitem__(self, i, v):
        self._node(i).value = v

    def __delitem__(self, i):
        if i < 0:
            i += self._len
        if i == 0 and self._head:
            self._head = self._head.next
        else:
            prev = self._node(i - 1)
            if prev.next is None:
                raise IndexError('LinkedList index out of range')
            prev.next = prev.next.next
        self._len -= 1

    def __contains__(self, x):
        return any(v == x for v in self)

    def __eq__(self, other):
        if not isinstance(other, LinkedList):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    def __add__(self, other):
        return LinkedList(list(self) + list(other))

    def __radd__(self, other):
        return LinkedList(list(other) + list(self))

    def __mul__(self, k):
        return LinkedList(list(self) * k)

    __rmul__ = __mul__

    def __bool__(self):
        return self._head is not None

    def __repr__(self):
        return 'LinkedList([' + ', '.join(map(repr, self)) + '])'

    def push(self, x):
        self._head = self._Node(x, self._head)
        self._len += 1

    def reverse(self):
        prev, n = None, self._head
        while n:
            n.next, prev, n = prev, n, n.next
        self._head = prev

l = LinkedList('abcde')
print(l, len(l), l[0], l[-1], l[1:4], l[::-1], 'c' in l, 'z' in l, bool(l), bool(LinkedList()))
l[2] = 'C'
del l[0]
del l[-1]
print(l, list(reversed(l)), l + ['x'], ['y'] + l, l * 2, 2 * LinkedList([0]))
l.push('first')
l.reverse()
print(l, l == LinkedList(['d', 'C', 'b', 'first']), l == ['d'], l != LinkedList())
print(sorted(l), max(LinkedList([3, 1, 2])), sum(LinkedList(range(10))), dict(zip(l, range(9))))
a, *mid, z = l
print(a, mid, z)
for bad in (lambda: l[10], lambda: l['x'], lambda: LinkedList() + 5, lambda: l.__delitem__(9)):
    try:
        bad()
    except (IndexError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)

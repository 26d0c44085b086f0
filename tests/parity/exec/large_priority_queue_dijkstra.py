# A binary heap written by hand, Dijkstra's shortest paths, and a topological sort.

class Heap:
    def __init__(self, key=lambda x: x):
        self.a, self.key = [], key
    def __len__(self):
        return len(self.a)
    def push(self, x):
        a = self.a
        a.append(x)
        i = len(a) - 1
        while i and self.key(a[(i - 1) // 2]) > self.key(a[i]):
            a[(i - 1) // 2], a[i] = a[i], a[(i - 1) // 2]
            i = (i - 1) // 2
    def pop(self):
        a = self.a
        if not a:
            raise IndexError('pop from empty heap')
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and self.key(a[l]) < self.key(a[m]): m = l
                if r < len(a) and self.key(a[r]) < self.key(a[m]): m = r
                if m == i:
                    break
                a[i], a[m] = a[m], a[i]
                i = m
        return top

h = Heap()
for x in [5, 3, 9, 1, 7, 2, 8, 2]:
    h.push(x)
print([h.pop() for _ in range(len(h))])
try:
    h.pop()
except IndexError as e:
    print('IndexError:', e)

GRAPH = {
    'A': {'B': 7, 'C': 9, 'F': 14},
    'B': {'A': 7, 'C': 10, 'D': 15},
    'C': {'A': 9, 'B': 10, 'D': 11, 'F': 2},
    'D': {'B': 15, 'C': 11, 'E': 6},
    'E': {'D': 6, 'F': 9},
    'F': {'A': 14, 'C': 2, 'E': 9},
    'G': {},
}

def dijkstra(graph, src):
    dist, prev = {src: 0}, {}
    pq = Heap(key=lambda t: (t[0], t[1]))
    pq.push((0, src))
    while len(pq):
        d, u = pq.pop()
        if d > dist[u]:
            continue
        for v, w in sorted(graph[u].items()):
            nd = d + w
            if nd < dist.get(v, float('inf')):
                dist[v], prev[v] = nd, u
                pq.push((nd, v))
    return dist, prev

def path(prev, dst):
    out = [dst]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]

dist, prev = dijkstra(GRAPH, 'A')
for node in sorted(GRAPH):
    if node in dist:
        print(node, dist[node], '->'.join(path(prev, node)))
    else:
        print(node, 'unreachable')

def toposort(deps):
    indeg = {n: 0 for n in deps}
    for n, ds in deps.items():
        for d in ds:
            indeg[n] += 1
            indeg.setdefault(d, 0)
    users = {}
    for n, ds in deps.items():
        for d in ds:
            users.setdefault(d, []).append(n)
    ready = Heap()
    for n, k in indeg.items():
        if k == 0:
            ready.push(n)
    order = []
    while len(ready):
        n = ready.pop()
        order.append(n)
        for u in sorted(users.get(n, [])):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.push(u)
    if len(order) != len(indeg):
        raise ValueError('cycle among ' + ', '.join(sorted(n for n in indeg if n not in order)))
    return order

print(toposort({'app': ['lib', 'utils'], 'lib': ['core'], 'utils': ['core'], 'tests': ['app'], 'core': []}))
try:
    toposort({'a': ['b'], 'b': ['c'], 'c': ['a'], 'd': []})
except ValueError as e:
    print('ValueError:', e)

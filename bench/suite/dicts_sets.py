# Dict- and set-heavy code: word counts, an inverted index, set algebra over neighbourhoods,
# dict comprehensions, setdefault, membership tests and a graph walk with a visited set.
N = 7
SMOKE_N = 1

WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi "
         "omicron pi rho sigma tau upsilon phi chi psi omega").split()


def make_words(count):
    out = []
    k = 7
    for _ in range(count):
        k = (k * 1103515245 + 12345) % 2147483648
        out.append(WORDS[k % len(WORDS)] + str(k % 5))
    return out


def index(words):
    counts = {}
    where = {}
    for i, w in enumerate(words):
        counts[w] = counts.get(w, 0) + 1
        where.setdefault(w, set()).add(i % 97)
    return counts, where


def graph(nodes):
    edges = {}
    for a in range(nodes):
        edges[a] = {(a * 7 + 3) % nodes, (a * 13 + 5) % nodes, (a + 1) % nodes}
    return edges


def reachable(edges, start, limit):
    seen = {start}
    frontier = [start]
    depth = 0
    while frontier and depth < limit:
        nxt = []
        for node in frontier:
            for m in edges[node]:
                if m not in seen:
                    seen.add(m)
                    nxt.append(m)
        frontier = nxt
        depth += 1
    return len(seen)


def main(n):
    result = None
    for _ in range(n):
        words = make_words(30000)
        counts, where = index(words)
        common = set.intersection(*where.values())
        union = set().union(*where.values())
        by_len = {}
        for w, c in counts.items():
            by_len[len(w)] = by_len.get(len(w), 0) + c
        inverse = {c: w for w, c in sorted(counts.items())}
        edges = graph(3000)
        reach = sum(reachable(edges, s, 6) for s in range(0, 3000, 150))
        sym = len({x for x in range(2000) if x % 3} ^ {x for x in range(2000) if x % 5})
        result = (len(counts), max(counts.values()), len(common), len(union), sorted(by_len.items()),
                  len(inverse), reach, sym)
    return result


if __name__ == "__main__":
    print(main(N))

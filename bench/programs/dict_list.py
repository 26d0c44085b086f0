# Dict and list heavy code: word counting, list append, indexing, sorting by count.
WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi "
         "omicron pi rho sigma tau upsilon phi chi psi omega").split()

def make_text(n):
    out = []
    k = 7
    for i in range(n):
        k = (k * 1103515245 + 12345) % 2147483648
        out.append(WORDS[k % len(WORDS)])
    return out

def count(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts

def positions(words):
    index = {}
    for i, w in enumerate(words):
        if w not in index:
            index[w] = []
        index[w].append(i)
    return index

def main():
    words = make_text(600000)
    counts = count(words)
    index = positions(words)
    total = 0
    for w, ps in index.items():
        total += ps[len(ps) // 2] + counts[w]
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    print(total, top)

main()

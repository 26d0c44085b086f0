# Conway's Game of Life on a set of live cells, with pattern detection.

def parse(pattern):
    return {(r, c) for r, line in enumerate(pattern.strip().splitlines())
            for c, ch in enumerate(line) if ch == '#'}

def neighbours(cell):
    r, c = cell
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr or dc:
                yield r + dr, c + dc

def step(live):
    counts = {}
    for cell in live:
        for n in neighbours(cell):
            counts[n] = counts.get(n, 0) + 1
    return {cell for cell, k in counts.items() if k == 3 or (k == 2 and cell in live)}

def render(live, rows, cols):
    return '\n'.join(''.join('#' if (r, c) in live else '.' for c in range(cols)) for r in range(rows))

def normalise(live):
    if not live:
        return frozenset()
    r0 = min(r for r, _ in live)
    c0 = min(c for _, c in live)
    return frozenset((r - r0, c - c0) for r, c in live)

def classify(live, limit=50):
    seen = {normalise(live): 0}
    for gen in range(1, limit + 1):
        live = step(live)
        key = normalise(live)
        if not live:
            return f'dies at generation {gen}'
        if key in seen:
            period = gen - seen[key]
            return 'still life' if period == 1 and gen == 1 else f'period {period} from generation {seen[key]}'
        seen[key] = gen
    return f'no repeat in {limit} generations'

glider = parse('''
.#.
..#
###
''')
cells = set(glider)
for gen in range(4):
    print(f'gen {gen}:')
    print(render(cells, 5, 5))
    cells = step(cells)
patterns = {
    'block': '##\n##',
    'blinker': '###',
    'glider': '.#.\n..#\n###',
    'toad': '.###\n###.',
    'r-pentomino': '.##\n##.\n.#.',
    'diehard-ish': '#.#\n...\n#.#',
    'beacon': '##..\n##..\n..##\n..##',
}
for name, p in patterns.items():
    print(f'{name:12} {classify(parse(p), 60)}')
cells = parse(patterns['r-pentomino'])
for _ in range(30):
    cells = step(cells)
print(len(cells), min(cells), max(cells))

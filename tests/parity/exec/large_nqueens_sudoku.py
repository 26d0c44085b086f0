# Backtracking: all N-queens solution counts, one board drawn, and a sudoku solved.

def queens(n):
    cols, d1, d2 = set(), set(), set()
    placement = []
    def place(r):
        if r == n:
            yield list(placement)
            return
        for c in range(n):
            if c in cols or r - c in d1 or r + c in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c); placement.append(c)
            yield from place(r + 1)
            cols.remove(c); d1.remove(r - c); d2.remove(r + c); placement.pop()
    return place(0)

for n in range(1, 9):
    print(n, sum(1 for _ in queens(n)))
first = next(queens(8))
for c in first:
    print(' '.join('Q' if i == c else '.' for i in range(8)))

PUZZLE = '''
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
'''

def parse(text):
    return [[0 if ch == '.' else int(ch) for ch in line] for line in text.split()]

def candidates(grid, r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [v for v in range(1, 10) if v not in used]

steps = 0
def solve(grid):
    global steps
    best = None
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                cand = candidates(grid, r, c)
                if best is None or len(cand) < len(best[2]):
                    best = (r, c, cand)
    if best is None:
        return True
    r, c, cand = best
    for v in cand:
        steps += 1
        grid[r][c] = v
        if solve(grid):
            return True
    grid[r][c] = 0
    return False

g = parse(PUZZLE)
print(solve(g), steps)
for row in g:
    print(''.join(map(str, row)))
print(all(sorted(row) == list(range(1, 10)) for row in g))
print(all(sorted(g[r][c] for r in range(9)) == list(range(1, 10)) for c in range(9)))

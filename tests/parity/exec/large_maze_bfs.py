# Parses a maze, finds shortest paths with BFS, draws them, and counts reachable cells.

MAZE = '''
###############
#S....#.......#
#.###.#.#####.#
#.#...#.#...#.#
#.#.###.#.#.#.#
#.#.....#.#...#
#.#######.###.#
#.........#..E#
###############
'''

def parse(text):
    grid = [list(line) for line in text.strip().splitlines()]
    find = lambda ch: next((r, c) for r, row in enumerate(grid) for c, x in enumerate(row) if x == ch)
    return grid, find('S'), find('E')

def bfs(grid, start, goal):
    frontier, prev = [start], {start: None}
    while frontier:
        nxt = []
        for r, c in frontier:
            if (r, c) == goal:
                path = []
                cur = goal
                while cur is not None:
                    path.append(cur)
                    cur = prev[cur]
                return path[::-1], len(prev)
            for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
                n = (r + dr, c + dc)
                if grid[n[0]][n[1]] != '#' and n not in prev:
                    prev[n] = (r, c)
                    nxt.append(n)
        frontier = nxt
    return None, len(prev)

grid, start, goal = parse(MAZE)
path, explored = bfs(grid, start, goal)
print('start', start, 'goal', goal, 'length', len(path) - 1, 'explored', explored)
for r, c in path[1:-1]:
    grid[r][c] = '*'
print('\n'.join(''.join(row) for row in grid))
moves = ''.join({(0, 1): 'R', (1, 0): 'D', (0, -1): 'L', (-1, 0): 'U'}[(b[0] - a[0], b[1] - a[1])] for a, b in zip(path, path[1:]))
print(moves)
compressed = []
for m in moves:
    if compressed and compressed[-1][0] == m:
        compressed[-1][1] += 1
    else:
        compressed.append([m, 1])
print(' '.join(f'{m}{n}' for m, n in compressed))
grid2, s2, e2 = parse(MAZE.replace('#.###.#.#####.#', '###############'))
print(bfs(grid2, s2, e2))

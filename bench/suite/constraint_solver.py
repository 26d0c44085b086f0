# A constraint solver: sudoku by constraint propagation (candidate sets per cell, naked
# singles) and backtracking search on the cell with the fewest candidates.
N = 5
SMOKE_N = 1

PUZZLES = [
    "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
    "52...6.........7.13...........4..8..6......5...........418.........3..2...87.....",
    "6.....8.3.4.7.................5.4.7.3..2.....1.6.......2.....5.....8.6......1....",
    "48.3............71.2.......7.5....6....2..8.............1.76...3.....4......5....",
]

ROWS = [[r * 9 + c for c in range(9)] for r in range(9)]
COLS = [[r * 9 + c for r in range(9)] for c in range(9)]
BOXES = [[(br + r) * 9 + bc + c for r in range(3) for c in range(3)]
         for br in (0, 3, 6) for bc in (0, 3, 6)]
UNITS = [[u for u in ROWS + COLS + BOXES if i in u] for i in range(81)]
PEERS = [sorted(set(x for u in UNITS[i] for x in u) - {i}) for i in range(81)]
DIGITS = frozenset(range(1, 10))


def assign(cands, cell, digit):
    for other in cands[cell] - {digit}:
        if not eliminate(cands, cell, other):
            return False
    return True


def eliminate(cands, cell, digit):
    if digit not in cands[cell]:
        return True
    cands[cell] = cands[cell] - {digit}
    left = cands[cell]
    if not left:
        return False
    if len(left) == 1:
        (only,) = left
        for p in PEERS[cell]:
            if not eliminate(cands, p, only):
                return False
    for unit in UNITS[cell]:
        places = [c for c in unit if digit in cands[c]]
        if not places:
            return False
        if len(places) == 1 and not assign(cands, places[0], digit):
            return False
    return True


def parse(text):
    cands = [DIGITS] * 81
    for i, ch in enumerate(text):
        if ch != "." and not assign(cands, i, int(ch)):
            return None
    return cands


def search(cands, stats):
    if cands is None:
        return None
    if all(len(c) == 1 for c in cands):
        return cands
    stats[0] += 1
    size, cell = min((len(c), i) for i, c in enumerate(cands) if len(c) > 1)
    for digit in sorted(cands[cell]):
        trial = list(cands)
        if assign(trial, cell, digit):
            found = search(trial, stats)
            if found is not None:
                return found
    return None


def main(n):
    out = []
    for _ in range(n):
        for text in PUZZLES:
            stats = [0]
            solved = search(parse(text), stats)
            digits = "".join(str(next(iter(c))) for c in solved)
            out.append((digits[:9], stats[0]))
    return out[-len(PUZZLES):]


if __name__ == "__main__":
    print(main(N))

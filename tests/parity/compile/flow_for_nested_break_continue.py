# Nested loops with break and continue at each level
def f(rows):
    for row in rows:
        if not row:
            continue
        for cell in row:
            if cell is None:
                break
            if cell < 0:
                continue
            g(cell)

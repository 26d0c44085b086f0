# Several for clauses and several if clauses in one comprehension
def f(rows):
    return [cell for row in rows if row for cell in row if cell if cell > 0]

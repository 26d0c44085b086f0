# return inside for loops pops the iterator(s) first
def f(rows):
    for row in rows:
        for cell in row:
            if cell:
                return cell

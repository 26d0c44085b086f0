records = [{'n': 3}, {'n': 1}, {'m': 2}]
print(sorted(records, key=lambda r: r['n']))

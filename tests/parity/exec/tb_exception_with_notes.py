e = TypeError('wrong type')
e.add_note('note one')
e.add_note('note two\nspans lines')
raise e

def g():
    try:
        for i in range(5):
            yield i
    finally:
        print('finally ran')

it = g()
for x in it:
    if x == 2:
        break
print('after break, before close')
it.close()
for x in g():
    pass
print('after full')

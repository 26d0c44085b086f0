class Bad:
    def __iter__(self):
        return [1, 2]
try:
    for x in Bad():
        pass
except TypeError as e:
    print(e)
class Good:
    def __iter__(self):
        return iter([1, 2])
print([x for x in Good()])

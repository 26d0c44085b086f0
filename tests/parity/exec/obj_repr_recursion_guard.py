class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return f'Node({self.children})'
n = Node()
n.children.append(n)
try:
    repr(n)
except RecursionError as e:
    print('RecursionError', e)
d = {}
d['d'] = d
t = ([],)
t[0].append(t)
print(d, t)

class A:
    x = 1
    def m(self):
        pass

a = A()
a.y = 2
print([n for n in dir(a) if not n.startswith('__')])
print(vars(a))
print(sorted(k for k in vars(A) if not k.startswith('__')))

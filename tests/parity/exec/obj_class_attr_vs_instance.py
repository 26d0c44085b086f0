class Counter:
    count = 0
    def bump(self):
        Counter.count += 1
        self.count_local = Counter.count

a, b = Counter(), Counter()
a.bump(); b.bump(); a.bump()
print(Counter.count, a.count_local, b.count_local)
a.count = 100
print(a.count, b.count, Counter.count)
del a.count
print(a.count)

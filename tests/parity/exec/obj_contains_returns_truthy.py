class C:
    def __contains__(self, x):
        return 'yes' if x else ''
print(1 in C(), 0 in C(), 1 not in C(), type(1 in C()).__name__)

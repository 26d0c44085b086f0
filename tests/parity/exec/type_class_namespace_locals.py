class A:
    a = 1
    b = 2
    snapshot = sorted(k for k in locals() if not k.startswith('__'))
print(A.snapshot)
print(A.__module__, A.__qualname__)

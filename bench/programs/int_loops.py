# Nested loops over range with integer arithmetic in locals (a sieve-free number kernel).
def kernel(n):
    total = 0
    for i in range(n):
        acc = i
        for j in range(100):
            acc = (acc * 31 + j) % 1000003
            if acc & 1:
                total += acc >> 3
            else:
                total -= j
    return total

print(kernel(30000))

def square(x):
    y = x * x
    return y


def total(values):
    acc = 0
    for v in values:
        acc += square(v)
    return acc


nums = [1, 2, 3]
result = total(nums)
print("result", result)

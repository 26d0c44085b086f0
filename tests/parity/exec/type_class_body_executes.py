print('before')
class A:
    print('in body')
    for i in range(3):
        print('loop', i)
    del i
    if True:
        z = 1
print('after', A.z, hasattr(A, 'i'))

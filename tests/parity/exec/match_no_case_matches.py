x = 5
match x:
    case 1:
        print('one')
print('no match, fell through')
match (1, 2):
    case (a, b, c):
        print('three')
    case (a, b):
        print('two', a, b)

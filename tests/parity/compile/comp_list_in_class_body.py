# An inlined comprehension in a class body: class-level names in the element are not visible
class C:
    items = [1, 2, 3]
    doubled = [x * 2 for x in items]
    names = [y for y in range(3) if y]

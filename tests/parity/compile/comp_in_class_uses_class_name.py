# The first iterable in a class comprehension can see class names; the element cannot
class C:
    base = [1, 2]
    factor = 3
    scaled = [x * factor for x in base]

# A type alias in a class body and a generic one referencing class-level names
class C:
    Item = int
    type Items = list[Item]
    type Keyed[K] = dict[K, Item]

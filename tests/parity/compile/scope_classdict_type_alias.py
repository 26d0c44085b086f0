# A type alias in a class body reads class names through __classdict__ (LOAD_FROM_DICT_OR_GLOBALS)
class C:
    Alias = int
    type A = list[Alias]

# A generic class with bases and keywords
class Mapping[K, V](Base, metaclass=Meta):
    pass

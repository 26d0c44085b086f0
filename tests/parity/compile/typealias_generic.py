# A generic type alias: type params scope wrapping the value scope
type Pair[T] = tuple[T, T]
type Mapping[K, V] = dict[K, V]

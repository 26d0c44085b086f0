# All three kinds of type parameter in one list, with bounds and defaults
class Everything[T: int, *Ts, **P, U = str]:
    def m[V: (int, str) = int](self) -> tuple[T, *Ts, U, V]:
        pass

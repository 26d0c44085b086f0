class C[T]: pass
class C[T](Base): pass
class C[T](Base[T], metaclass=M): pass
class C[T: int, *Ts, **P]: pass
class C[T = int]: pass
class C[T: (int, str) = str]: pass
class C[*Ts = *tuple[int, ...]]: pass
class C[**P = [int]]: pass
@dataclass
class C[T]:
    x: T
    def method[U](self, u: U) -> T | U:
        pass
class C[T,](): pass

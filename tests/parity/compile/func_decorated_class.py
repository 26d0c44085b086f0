# Class decorators
@dataclass(frozen=True)
@register
class Point:
    x: int
    y: int

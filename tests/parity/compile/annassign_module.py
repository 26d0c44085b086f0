# Module-level annotations: SETUP_ANNOTATIONS, STORE_SUBSCR into __annotations__
x: int
y: str = "s"
z: list[int] = []

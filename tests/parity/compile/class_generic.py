# A generic class: type-param scope, .type_params, __type_params__, Generic base via INTRINSIC_SUBSCRIPT_GENERIC
class Box[T]:
    def get(self) -> T:
        return self.item

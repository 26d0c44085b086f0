class A:
    def get(self):
        return __class__

class B(A):
    pass

print(A().get().__name__, B().get().__name__)

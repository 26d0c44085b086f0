# Nested classes: qualnames and __module__ loads
class Outer:
    class Inner:
        class Deepest:
            pass

# A method whose first parameter is not named self still contributes; a method without params does not
class C:
    def m(this):
        this.a = 1
    def n():
        x.b = 2
    @staticmethod
    def s(obj):
        obj.c = 3

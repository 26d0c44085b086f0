# metaclass given alone
class C(metaclass=ABCMeta):
    @abstractmethod
    def m(self): ...

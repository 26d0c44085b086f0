def f(*, a,  # type: int
      b=1,  # type: int
      ): pass

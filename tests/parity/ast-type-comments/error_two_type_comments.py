def f():  # type: () -> None
  # type: (int) -> None
  pass

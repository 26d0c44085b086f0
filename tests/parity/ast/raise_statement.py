raise
raise ValueError
raise ValueError("bad")
raise ValueError("bad") from None
raise ValueError from exc
raise E(1) from E(2)
raise x.y.z
raise f() if cond else g()

# Nested try statements: exception table depth and lasti flags differ per level
def f():
    try:
        try:
            try:
                a()
            except E3:
                b()
        finally:
            c()
    except E1:
        try:
            d()
        except E2:
            e()

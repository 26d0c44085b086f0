# A match statement at module level: captures store module names
match command.split():
    case [action]:
        run(action)
    case [action, obj]:
        run(action, obj)
    case _:
        pass

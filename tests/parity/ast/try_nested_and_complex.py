try:
    try:
        pass
    except A:
        raise
    finally:
        pass
except (A, B) as e:
    try:
        handle(e)
    except* C:
        pass
else:
    try:
        pass
    finally:
        try:
            pass
        except:
            pass
finally:
    cleanup()
def f():
    try:
        return 1
    finally:
        return 2
for x in y:
    try:
        continue
    finally:
        break

try:
    pass
except:
    pass
try:
    pass
except ValueError:
    pass
try:
    pass
except ValueError as e:
    pass
try:
    pass
except (ValueError, TypeError) as e:
    pass
except KeyError:
    pass
except:
    pass
try:
    pass
except ValueError:
    pass
else:
    pass
try:
    pass
except ValueError:
    pass
else:
    pass
finally:
    pass
try:
    pass
except ValueError:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try: x = 1
except E: x = 2
else: x = 3
finally: x = 4
try:
    pass
except a.b.Error as err:
    pass
except f() as e:
    pass
except A if b else C:
    pass

def test(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return 'lookup-ish ' + type(e).__name__
    except LookupError:
        return 'lookup'
    except ArithmeticError as e:
        return 'arith ' + type(e).__name__
    except Exception:
        return 'other'

for e in (KeyError(), IndexError(), LookupError(), ZeroDivisionError(), OverflowError(), TypeError()):
    print(test(e))

try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print('wrong')
except BaseException as e:
    print('base', type(e).__name__)
try:
    raise SystemExit(0)
except SystemExit as e:
    print('caught SystemExit', e.code)

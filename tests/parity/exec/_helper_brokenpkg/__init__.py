from . import sub_ok
print("brokenpkg: sub_ok imported, now failing")
raise ValueError("broken __init__")

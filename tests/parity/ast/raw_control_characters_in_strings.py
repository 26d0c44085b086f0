a = "tab	here"
b = "ffhere"
c = "ctl"
d = """vthere"""
e = b""

# try/except: exception table entries, PUSH_EXC_INFO, CHECK_EXC_MATCH, POP_EXCEPT, RERAISE
def f():
    try:
        g()
    except ValueError:
        h()

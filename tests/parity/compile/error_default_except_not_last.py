# Compiler error: default 'except:' must be last
try:
    g()
except:
    pass
except ValueError:
    pass

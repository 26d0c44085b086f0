# Symtable error: import * inside a class body
class C:
    from os import *

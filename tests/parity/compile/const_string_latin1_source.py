# A latin-1 source declaration: the string constant is decoded from latin-1
# -*- coding: latin-1 -*-
x = "café"

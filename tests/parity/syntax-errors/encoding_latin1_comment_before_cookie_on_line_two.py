# café -- a latin-1 byte, before the cookie is seen
# -*- coding: latin-1 -*-
x = 1

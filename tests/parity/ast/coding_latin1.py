# -*- coding: latin-1 -*-
x = "café"
y = "© µ ÿ"
nameé = 1

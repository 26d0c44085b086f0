# -*- coding: latin-1 -*- café
x = "\w" +

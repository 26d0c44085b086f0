# A UTF-8 BOM before the first line: the source still compiles with the same line numbers
x = "café"

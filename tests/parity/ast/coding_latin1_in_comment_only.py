# coding: latin-1
# a latin-1 file using its upper half in a comment: àéîõü
s = "plain"

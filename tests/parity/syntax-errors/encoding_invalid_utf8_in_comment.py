# a comment with ÿ in it
x = 1

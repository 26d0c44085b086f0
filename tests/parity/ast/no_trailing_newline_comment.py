x = 1
# final comment
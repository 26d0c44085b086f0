# Repeating nested tuples is folded only while the total item count stays under 1024
a = ((1, 2, 3),) * 100
b = ((1, 2, 3, 4, 5, 6, 7, 8, 9, 10),) * 100
c = ((1, 2, 3, 4, 5, 6, 7, 8, 9, 10),) * 110

# '%s' % (...) becomes an f-string when every conversion is a simple %s, %r or %a
a = '%s' % (x,), '%s-%r-%a' % (x, y, z), 'a%sb%%c%s' % (x, y), '%%%s%%' % (x,)
b = '%5s|%-5s|%.3s|%5.2s|%-3.1s|%10r|%.0a' % (a, b, c, d, e, f, g)
c = '%+s %#s % s %0s %05s %-05s' % (a, b, c, d, e, f)
d = '%99s %.99s %100s %.100s' % (a, b, c, d)
e = '%d' % (x,), '%s %d' % (x, y), '%5.2f' % (x,), '%(k)s' % (x,), '%*s' % (x, y)
f = '%s %s' % (x,), '%s' % (x, y), '%s' % x, '%s' % (*x,), '%s' % (1,), b'%s' % (x,)
g = 'é%sü' % (x,), '' % (), '%' % (x,), 'x%' % (x,), 'no format' % ()
h = '%s' % ('a' + 'b',), '%s%s' % (x, (y, z))

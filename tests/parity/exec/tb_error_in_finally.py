try:
    print('try')
    raise ValueError('in try')
finally:
    {}['from finally']

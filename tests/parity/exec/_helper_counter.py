print('_helper_counter executing')
count = 0

def bump():
    global count
    count += 1

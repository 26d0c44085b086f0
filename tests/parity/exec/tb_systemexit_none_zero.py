import sys
print('clean exit')
sys.exit()
print('not printed')

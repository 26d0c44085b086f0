s = '''line one
    line two\tTabbed
end'''
print(s)
r = r'raw \n \t \\ stays'
print(r, len(r))
print("""quote " inside""", 'a\
b')

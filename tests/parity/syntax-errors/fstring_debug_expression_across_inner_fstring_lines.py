x = f"{f'''
x
''' + 1 = }" + "aaaaaaaaaaaaaaaaaaaa"

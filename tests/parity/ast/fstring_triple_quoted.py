x = f"""
line one {a}
line two {b!r:>{w}}
"""
y = f'''{a} ''' f"""{b}"""
z = f"""{
    value
}"""
w = f"""quotes ' " inside {x} """
v = rf"""
raw \n {x} \d
"""
u = f"""{x:
}"""
t = f"""{"""nested"""}"""

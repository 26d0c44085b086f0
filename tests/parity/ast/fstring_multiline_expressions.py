a = f"""{
    x
    +
    y
}"""
b = f'{x:>10} {
    y!r
}'
c = f"""
{
    [
        i
        for i in range(3)
    ]
}
"""
d = f"{
    'nested'
    f'{z}'
}"
e = f"""{x  # a comment inside the replacement field
}"""

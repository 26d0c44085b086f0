# An f-string with no replacement fields is a plain constant
a = f"just text"
b = f""
c = f"{{braces}}"

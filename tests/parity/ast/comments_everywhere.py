# leading comment
#!not a shebang here
# -*- not a coding cookie on line 3 -*-

x = 1  # trailing comment
# comment between statements
def f(  # after open paren
    a,  # after param
    # own line inside parens
    b,
):  # after colon
    # first in block
    pass  # after pass
    # last in block, deeper indented
        # even deeper
# dedented comment
    # indented comment after block
y = [  # list
    1,  # one
    2,  # two
]  # end
if x:  # if
    pass
# between if and else
else:  # else
    pass
z = {  # dict
    'a': 1,  # a
}
call(  # call
    arg,  # arg
)  # done
s = """# not a comment"""  # but this is
#
#end without newline after comment
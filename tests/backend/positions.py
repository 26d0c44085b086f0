# Location table forms: short, one-line, no-column, long, none; wide columns; many lines.
x = 1
yy = (x
      +
      x)
zz = x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x
w = x.attribute.another_attribute.yet_another_attribute.and_one_more.and_the_last_one_of_them.really_the_last_one_now
result = some_function_with_a_very_long_name(argument_number_one, argument_number_two, argument_number_three)(x)



v = 1




u = [
    x
    for
    x
    in
    range(3)
]


def f(a,
      b):
    return (a
            + b)

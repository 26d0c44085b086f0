message = (
    "first part "  # comment one
    # a whole comment line
    "second part "
    f"{value} "  # comment two

    "after a blank line"
)
call("a"
     "b",
     "c")
x = ["one" "two",
     "three"]

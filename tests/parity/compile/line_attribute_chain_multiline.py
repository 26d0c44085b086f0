# Attribute loads on separate lines get the attribute's line (update_start_location_to_match_attr)
def f(x):
    return (x
            .a
            .b
            .c)

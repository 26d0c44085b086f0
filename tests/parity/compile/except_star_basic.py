# except*: CHECK_EG_MATCH, INTRINSIC_PREP_RERAISE_STAR, and the list of raised groups
def f():
    try:
        g()
    except* ValueError:
        a()

# None, True and False patterns compare with identity: None becomes POP_JUMP_IF_NOT_NONE, True/False use IS_OP
def f(x):
    match x:
        case None:
            return 0
        case True:
            return 1
        case False:
            return 2

x = foo(
    1,
}

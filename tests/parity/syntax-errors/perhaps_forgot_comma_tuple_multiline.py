values = (
    "first"
    second,
)

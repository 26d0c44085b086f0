int -> str

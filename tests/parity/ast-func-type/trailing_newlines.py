(int) -> str



(([a])): int

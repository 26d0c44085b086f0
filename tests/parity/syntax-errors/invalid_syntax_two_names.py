# generic error: two names in a row at statement level
foo bar

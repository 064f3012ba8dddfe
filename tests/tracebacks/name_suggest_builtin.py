# A misspelt builtin.
prnt("x")

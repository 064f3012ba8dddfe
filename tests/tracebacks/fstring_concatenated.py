x = object()
s = "a" f"{x:d}" "b"

# expect: 2:1: not supported yet: except* (exception groups)
try:
    pass
except* ValueError:
    pass

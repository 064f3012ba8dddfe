# cpython: 6:9: 'break', 'continue' and 'return' cannot appear in an except* block
for x in y:
    try:
        pass
    except* E:
        break

# cpython: 4:9: 'break' outside loop
for x in y:
    def g():
        break

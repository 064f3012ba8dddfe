# cpython: 5:5: 'continue' not properly in loop
while x:
    pass
else:
    continue

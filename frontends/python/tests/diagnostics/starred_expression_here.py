# cpython: 2:5: can't use starred expression here
x = *a

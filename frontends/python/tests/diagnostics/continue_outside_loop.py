# cpython: 2:1: 'continue' not properly in loop
continue

# cpython: 4:1: default 'except:' must be last
try:
    pass
except:
    pass
except ValueError:
    pass

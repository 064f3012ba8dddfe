# expect: 3:1: not supported yet: match statements
x = 3
match x:
    case 1:
        print('one')

# expect: 4:1: not supported yet: subclassing the builtin type `str`


class Name(str):
    def shout(self):
        return self.upper() + "!"

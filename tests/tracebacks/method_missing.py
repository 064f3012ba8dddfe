class Stack:
    def __init__(self):
        self.items = []


s = Stack()
s.push(1)

# Hello world: measures process start-up and tear-down of the produced binary.
print("hello world")

# range() in loops and len() of containers.
print(len([]), len([1, 2]), len(()), len((1,)), len(""), len("abc"), len({}), len({"a": 1}))
print(len(range(5)), len(range(1, 5)), len(range(0, 10, 3)), len(range(10, 0, -2)))
print(len(range(-5, 5)), len(range(5, -5)), len(range(0, 2 ** 40, 2 ** 30)))
print(range(10)[3], range(10)[-1], range(0, 20, 5)[2])
print(5 in range(10), 10 in range(10), 6 in range(0, 10, 3), 9 in range(0, 10, 3))
total = 0
for i in range(len("hello")):
    total += i
print(total)
word = "python"
for i in range(len(word) - 1, -1, -1):
    print(i, word[i])
nested = [[1, 2, 3], [], [4]]
for row in nested:
    print(len(row), end=" ")
print()
print(len([[1, 2], [3]]), len({"a": [1, 2, 3]}), len(str(2 ** 100)))

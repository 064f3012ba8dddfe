# list.append / pop / pop(i).
stack = []
for i in range(5):
    stack.append(i * i)
print(stack)
print(stack.pop(), stack)
print(stack.pop(0), stack)
print(stack.pop(1), stack)
print(stack.pop(-1), stack)
print(stack.pop(), stack)
try:
    stack.pop()
except IndexError as e:
    print("IndexError:", e)
q = ["a", "b", "c", "d"]
while len(q) > 0:
    print("dequeue", q.pop(0))
try:
    [1, 2].pop(5)
except IndexError as e:
    print("IndexError:", e)
lst = []
lst.append([1, 2])
lst.append((3,))
lst.append("s")
lst.append(None)
print(lst, len(lst))
r = lst.append(5)
print(r)

# while loops with counters, conditions and sentinels.
i = 0
while i < 5:
    print("i =", i)
    i += 1
n = 100
steps = 0
while n != 1:
    if n % 2 == 0:
        n = n // 2
    else:
        n = 3 * n + 1
    steps += 1
print("collatz(100) steps:", steps)
a = 1071
b = 462
while b:
    a, b = b, a % b
print("gcd:", a)
stack = [1, 2, 3, 4]
while stack:
    print("pop", stack.pop())
print(stack)
x = 1
while x < 1000:
    x *= 3
print(x)
count = 0
while True:
    count += 1
    if count * count > 200:
        break
print(count)
k = 10
while k > 0:
    k -= 3
print(k)

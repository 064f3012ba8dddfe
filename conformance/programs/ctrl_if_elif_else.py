# if / elif / else chains.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"


for s in [100, 95, 89, 80, 75, 61, 60, 59, 0]:
    print(s, grade(s))


def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    elif n % 3 == 0:
        return "Fizz"
    elif n % 5 == 0:
        return "Buzz"
    return str(n)


line = []
for i in range(1, 31):
    line.append(fizzbuzz(i))
print(" ".join(line))
x = 7
if x > 5:
    if x % 2 == 0:
        print("big even")
    else:
        print("big odd")
else:
    print("small")
if []:
    print("empty list is true?")
elif "":
    print("empty str is true?")
elif 0.0:
    print("zero is true?")
else:
    print("all falsy")
if [0] and "0" and 0.1:
    print("all truthy")

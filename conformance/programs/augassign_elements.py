# Augmented assignment on list elements and dict entries.
nums = [1, 2, 3]
nums[0] += 10
nums[1] *= 5
nums[-1] -= 4
print(nums)
nums[2] **= 2
nums[0] //= 4
nums[1] %= 3
print(nums)
grid = [[0, 0], [0, 0]]
grid[0][1] += 7
grid[1][0] -= 2
print(grid)
counts = {"a": 0, "b": 10}
counts["a"] += 1
counts["b"] *= 3
counts["a"] += 1
print(counts)
words = {"greet": "hello"}
words["greet"] += " world"
print(words)
tally = {}
for w in "the cat and the hat and the bat".split():
    if w not in tally:
        tally[w] = 0
    tally[w] += 1
print(tally)
acc = [0.5]
for i in range(4):
    acc[0] *= 2
print(acc)
nested = {"k": [1, 2]}
nested["k"][0] += 100
nested["k"] += [3]
print(nested)
i = 0
arr = [10, 20, 30]
arr[i + 1] += arr[i]
print(arr)

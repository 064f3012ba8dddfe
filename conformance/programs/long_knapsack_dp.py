# Dynamic programming: 0/1 knapsack, coin change, LCS and edit distance.
def knapsack(items, capacity):
    n = len(items)
    table = []
    for i in range(n + 1):
        table.append([0] * (capacity + 1))
    for i in range(1, n + 1):
        name, weight, value = items[i - 1]
        for c in range(capacity + 1):
            best = table[i - 1][c]
            if weight <= c:
                cand = table[i - 1][c - weight] + value
                if cand > best:
                    best = cand
            table[i][c] = best
    chosen = []
    c = capacity
    for i in range(n, 0, -1):
        if table[i][c] != table[i - 1][c]:
            name, weight, value = items[i - 1]
            chosen.append(name)
            c -= weight
    chosen.reverse()
    return table[n][capacity], chosen


def coin_change_ways(coins, amount):
    ways = [0] * (amount + 1)
    ways[0] = 1
    for coin in coins:
        for a in range(coin, amount + 1):
            ways[a] += ways[a - coin]
    return ways[amount]


def min_coins(coins, amount):
    INF = amount + 1
    best = [INF] * (amount + 1)
    best[0] = 0
    for a in range(1, amount + 1):
        for coin in coins:
            if coin <= a and best[a - coin] + 1 < best[a]:
                best[a] = best[a - coin] + 1
    if best[amount] == INF:
        return -1
    return best[amount]


def lcs(a, b):
    rows = len(a) + 1
    cols = len(b) + 1
    dp = []
    for i in range(rows):
        dp.append([0] * cols)
    for i in range(1, rows):
        for j in range(1, cols):
            if a[i - 1] == b[j - 1]:
                dp[i][j] = dp[i - 1][j - 1] + 1
            else:
                dp[i][j] = max(dp[i - 1][j], dp[i][j - 1])
    out = ""
    i = len(a)
    j = len(b)
    while i > 0 and j > 0:
        if a[i - 1] == b[j - 1]:
            out = a[i - 1] + out
            i -= 1
            j -= 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return out


def edit_distance(a, b):
    prev = []
    for j in range(len(b) + 1):
        prev.append(j)
    for i in range(1, len(a) + 1):
        cur = [i]
        for j in range(1, len(b) + 1):
            cost = 1
            if a[i - 1] == b[j - 1]:
                cost = 0
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost))
        prev = cur
    return prev[len(b)]


items = [
    ("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
    ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40),
    ("cheese", 23, 30), ("beer", 52, 10), ("suntan", 11, 70), ("camera", 32, 30),
    ("tshirt", 24, 15), ("trousers", 48, 10), ("umbrella", 73, 40), ("wtrousers", 42, 70),
    ("woverclothes", 43, 75), ("notecase", 22, 80), ("sunglasses", 7, 20), ("towel", 18, 12),
    ("socks", 4, 50), ("book", 30, 10),
]
for cap in [0, 10, 100, 400]:
    value, chosen = knapsack(items, cap)
    weight = 0
    for name, w, v in items:
        if name in chosen:
            weight += w
    print(f"capacity {cap:>3}: value {value:>4}, weight {weight:>3}, items {len(chosen)}")
    print("   ", ", ".join(chosen))
print("ways to make 100 with US coins:", coin_change_ways([1, 5, 10, 25, 50, 100], 100))
print("ways to make 1000:", coin_change_ways([1, 2, 5, 10, 20, 50, 100, 200], 1000))
print("ways (big):", coin_change_ways([1, 2, 3], 5000))
for amount in [0, 3, 11, 63, 99]:
    print(f"min coins for {amount:>2}: {min_coins([1, 5, 10, 21, 25], amount)}")
print("impossible:", min_coins([4, 6], 7))
pairs = [("ABCBDAB", "BDCABA"), ("AGGTAB", "GXTXAYB"), ("kitten", "sitting"), ("", "abc"),
         ("intention", "execution"), ("dynamic", "programming")]
for a, b in pairs:
    common = lcs(a, b)
    print(f"{a!r:>12} {b!r:<14} lcs={common!r:<8} len={len(common)} edit={edit_distance(a, b)}")
grid = [[1, 3, 1, 2], [1, 5, 1, 9], [4, 2, 1, 1], [7, 1, 8, 1]]
rows = len(grid)
cols = len(grid[0])
cost = []
for r in range(rows):
    cost.append([0] * cols)
for r in range(rows):
    for c in range(cols):
        if r == 0 and c == 0:
            cost[r][c] = grid[r][c]
        elif r == 0:
            cost[r][c] = cost[r][c - 1] + grid[r][c]
        elif c == 0:
            cost[r][c] = cost[r - 1][c] + grid[r][c]
        else:
            cost[r][c] = min(cost[r - 1][c], cost[r][c - 1]) + grid[r][c]
for row in cost:
    print(row)
print("min path sum:", cost[rows - 1][cols - 1])

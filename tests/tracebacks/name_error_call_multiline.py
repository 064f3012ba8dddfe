total = compute_total(
    [1, 2],
)

class Query:
    def where(self, cond):
        return self

    def limit(self, n):
        return 1 // 0


q = Query()
rows = (q
        .where("x")
        .limit(10))

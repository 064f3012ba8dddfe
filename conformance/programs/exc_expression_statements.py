# Expression statements whose value is unused are still evaluated: their errors surface.
def probe(label, n):
    try:
        if n == 0:
            (1).missing
        elif n == 1:
            [1, 2, 3][10]
        elif n == 2:
            {"a": 1}["b"]
        else:
            1 // 0
        print(label, "no error")
    except AttributeError as e:
        print(label, "AttributeError:", e)
    except IndexError as e:
        print(label, "IndexError:", e)
    except KeyError as e:
        print(label, "KeyError:", e)
    except ZeroDivisionError as e:
        print(label, "ZeroDivisionError:", e)


for k in range(4):
    probe("case" + str(k), k)
x = 5
x
len("abc")
print("done")

# NameError for undefined names and AttributeError for missing attributes.
def use_undefined():
    return undefined_name + 1


try:
    use_undefined()
except NameError as e:
    print("NameError:", e)
try:
    print(also_missing)
except NameError as e:
    print(repr(e))
try:
    (5).append(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    "text".push("x")
except AttributeError as e:
    print("AttributeError:", e)
try:
    [1, 2].upper()
except AttributeError as e:
    print(repr(e))
flag = False
if flag:
    late = 1
try:
    print(late)
except NameError as e:
    print("NameError:", e)
print("end")

// RUN: metal0 opt --passes=infer
// Inference. Element types of lists: reads of a list[int] (iteration, subscript) are ints, so the
// arithmetic on them is int arithmetic; append is typed.list.append. Source:
//   xs = [1, 2]
//   xs.append(3)
//   total = 0
//   for x in xs:
//       total += xs[0] + x
"builtin.module"() ({
^bb0:
  "py.module"() ({
  ^bb1:
    %0 = "py.const_int"() {value = 1 : i64} : () -> !py.object
    %1 = "py.const_int"() {value = 2 : i64} : () -> !py.object
    %2 = "py.list"(%0, %1) : (!py.object, !py.object) -> !py.object
    "py.store_global"(%2) {name = "xs"} : (!py.object) -> ()
    %3 = "py.load_global"() {name = "xs"} : () -> !py.object
    %4 = "py.getattr"(%3) {name = "append"} : (!py.object) -> !py.object
    %5 = "py.const_int"() {value = 3 : i64} : () -> !py.object
    %6 = "py.call"(%4, %5) {kwnames = [""]} : (!py.object, !py.object) -> !py.object
    %7 = "py.const_int"() {value = 0 : i64} : () -> !py.object
    "py.store_global"(%7) {name = "total"} : (!py.object) -> ()
    %8 = "py.load_global"() {name = "xs"} : () -> !py.object
    "py.for"(%8) ({
    ^bb2(%arg2_0: !py.object):
      "py.store_global"(%arg2_0) {name = "x"} : (!py.object) -> ()
      %9 = "py.load_global"() {name = "total"} : () -> !py.object
      %10 = "py.load_global"() {name = "xs"} : () -> !py.object
      %11 = "py.const_int"() {value = 0 : i64} : () -> !py.object
      %12 = "py.getitem"(%10, %11) : (!py.object, !py.object) -> !py.object
      %13 = "py.load_global"() {name = "x"} : () -> !py.object
      %14 = "py.binop"(%12, %13) {op = "add"} : (!py.object, !py.object) -> !py.object
      %15 = "py.inplace"(%9, %14) {op = "add"} : (!py.object, !py.object) -> !py.object
      "py.store_global"(%15) {name = "total"} : (!py.object) -> ()
    }, {
    ^bb3:
    }) : (!py.object) -> ()
  }) {filename = "c1.py", sym_name = "__main__"} : () -> ()
}) : () -> ()
// CHECK: sym_name = "xs", type = !typed.list<!typed.int>
// CHECK: "typed.list.new"(%1, %2) : (!typed.int, !typed.int) -> !typed.list<!typed.int>
// CHECK: "typed.list.append"
// CHECK: ^bb2(%arg2_0: !typed.int):
// CHECK: "typed.obj.getitem"(%11, %12) : (!typed.list<!typed.int>, !typed.int) -> !typed.int
// CHECK: "typed.int.binop"(%13, %14) {op = "add"}
// CHECK-NOT: typed.obj.binop
// -----
// The element type belongs to every alias: appending a str through `b` makes the elements
// of `a` objects. Source:
//   a = [1]
//   b = a
//   b.append("s")
"builtin.module"() ({
^bb0:
  "py.module"() ({
  ^bb1:
    %0 = "py.const_int"() {value = 1 : i64} : () -> !py.object
    %1 = "py.list"(%0) : (!py.object) -> !py.object
    "py.store_global"(%1) {name = "a"} : (!py.object) -> ()
    %2 = "py.load_global"() {name = "a"} : () -> !py.object
    "py.store_global"(%2) {name = "b"} : (!py.object) -> ()
    %3 = "py.load_global"() {name = "b"} : () -> !py.object
    %4 = "py.getattr"(%3) {name = "append"} : (!py.object) -> !py.object
    %5 = "py.const_str"() {value = "s"} : () -> !py.object
    %6 = "py.call"(%4, %5) {kwnames = [""]} : (!py.object, !py.object) -> !py.object
  }) {filename = "c2.py", sym_name = "__main__"} : () -> ()
}) : () -> ()
// CHECK: sym_name = "a", type = !typed.list<!typed.object>
// CHECK: sym_name = "b", type = !typed.list<!typed.object>
// -----
// Escapes: a list stored into a list whose elements become objects escapes (its elements
// are objects too, since dynamic code may now store anything into it); a list[float]
// element is unboxed on entry of the loop body. Source:
//   xs = [1]
//   ys = [xs]
//   ys.append(5)
//   fs = [0.5]
//   for f in fs:
//       print(f + 1.0)
"builtin.module"() ({
^bb0:
  "py.module"() ({
  ^bb1:
    %0 = "py.const_int"() {value = 1 : i64} : () -> !py.object
    %1 = "py.list"(%0) : (!py.object) -> !py.object
    "py.store_global"(%1) {name = "xs"} : (!py.object) -> ()
    %2 = "py.load_global"() {name = "xs"} : () -> !py.object
    %3 = "py.list"(%2) : (!py.object) -> !py.object
    "py.store_global"(%3) {name = "ys"} : (!py.object) -> ()
    %4 = "py.load_global"() {name = "ys"} : () -> !py.object
    %5 = "py.getattr"(%4) {name = "append"} : (!py.object) -> !py.object
    %6 = "py.const_int"() {value = 5 : i64} : () -> !py.object
    %7 = "py.call"(%5, %6) {kwnames = [""]} : (!py.object, !py.object) -> !py.object
    %8 = "py.const_float"() {value = 5.0e-1 : f64} : () -> !py.object
    %9 = "py.list"(%8) : (!py.object) -> !py.object
    "py.store_global"(%9) {name = "fs"} : (!py.object) -> ()
    %10 = "py.load_global"() {name = "fs"} : () -> !py.object
    "py.for"(%10) ({
    ^bb2(%arg2_0: !py.object):
      "py.store_global"(%arg2_0) {name = "f"} : (!py.object) -> ()
      %11 = "py.load_builtin"() {name = "print"} : () -> !py.object
      %12 = "py.load_global"() {name = "f"} : () -> !py.object
      %13 = "py.const_float"() {value = 1.0e0 : f64} : () -> !py.object
      %14 = "py.binop"(%12, %13) {op = "add"} : (!py.object, !py.object) -> !py.object
      %15 = "py.call"(%11, %14) {kwnames = [""]} : (!py.object, !py.object) -> !py.object
    }, {
    ^bb3:
    }) : (!py.object) -> ()
  }) {filename = "c4.py", sym_name = "__main__"} : () -> ()
}) : () -> ()
// CHECK: sym_name = "fs", type = !typed.list<!typed.float>
// CHECK: sym_name = "xs", type = !typed.list<!typed.object>
// CHECK: sym_name = "ys", type = !typed.list<!typed.object>
// CHECK: ^bb2(%arg2_0: !typed.object):
// CHECK: "typed.unbox"(%arg2_0) : (!typed.object) -> !typed.float
// -----
// A function used as a value stored into a list makes its elements objects; dict keys and
// values are typed from the stores and `get` with a default of the value type. Source:
//   def f(xs):
//       xs.append(1)
//   
//   g = [1]
//   h = [2.5]
//   h.append(f)
//   counts = {}
//   counts["k"] = counts.get("k", 0) + 1
"builtin.module"() ({
^bb0:
  "py.module"() ({
  ^bb1:
    %0 = "py.func"() ({
    ^bb2(%arg2_0: !py.object):
      "py.store_local"(%arg2_0) {name = "xs"} : (!py.object) -> ()
      %1 = "py.load_local"() {name = "xs"} : () -> !py.object
      %2 = "py.getattr"(%1) {name = "append"} : (!py.object) -> !py.object
      %3 = "py.const_int"() {value = 1 : i64} : () -> !py.object
      %4 = "py.call"(%2, %3) {kwnames = [""]} : (!py.object, !py.object) -> !py.object
    }) {arg_kinds = ["pos"], arg_names = ["xs"], cellvars = [], freevars = [], locals = ["xs"], num_decorators = 0 : i64, num_defaults = 0 : i64, num_kw_defaults = 0 : i64, qualname = "f", sym_name = "f"} : () -> !py.object
    "py.store_global"(%0) {name = "f"} : (!py.object) -> ()
    %5 = "py.const_int"() {value = 1 : i64} : () -> !py.object
    %6 = "py.list"(%5) : (!py.object) -> !py.object
    "py.store_global"(%6) {name = "g"} : (!py.object) -> ()
    %7 = "py.const_float"() {value = 2.5e0 : f64} : () -> !py.object
    %8 = "py.list"(%7) : (!py.object) -> !py.object
    "py.store_global"(%8) {name = "h"} : (!py.object) -> ()
    %9 = "py.load_global"() {name = "h"} : () -> !py.object
    %10 = "py.getattr"(%9) {name = "append"} : (!py.object) -> !py.object
    %11 = "py.load_global"() {name = "f"} : () -> !py.object
    %12 = "py.call"(%10, %11) {kwnames = [""]} : (!py.object, !py.object) -> !py.object
    %13 = "py.dict"() : () -> !py.object
    "py.store_global"(%13) {name = "counts"} : (!py.object) -> ()
    %14 = "py.load_global"() {name = "counts"} : () -> !py.object
    %15 = "py.getattr"(%14) {name = "get"} : (!py.object) -> !py.object
    %16 = "py.const_str"() {value = "k"} : () -> !py.object
    %17 = "py.const_int"() {value = 0 : i64} : () -> !py.object
    %18 = "py.call"(%15, %16, %17) {kwnames = ["", ""]} : (!py.object, !py.object, !py.object) -> !py.object
    %19 = "py.const_int"() {value = 1 : i64} : () -> !py.object
    %20 = "py.binop"(%18, %19) {op = "add"} : (!py.object, !py.object) -> !py.object
    %21 = "py.load_global"() {name = "counts"} : () -> !py.object
    %22 = "py.const_str"() {value = "k"} : () -> !py.object
    "py.setitem"(%21, %22, %20) : (!py.object, !py.object, !py.object) -> ()
  }) {filename = "c3.py", sym_name = "__main__"} : () -> ()
}) : () -> ()
// CHECK: sym_name = "counts", type = !typed.dict<!typed.str, !typed.int>
// CHECK: sym_name = "g", type = !typed.list<!typed.int>
// CHECK: sym_name = "h", type = !typed.list<!typed.object>
// CHECK: {kwnames = ["", ""], name = "get"} : (!typed.dict<!typed.str, !typed.int>, !typed.str, !typed.int) -> !typed.int
// -----
// A global named like a builtin falls back to the builtin while unbound. Source:
//   def f():
//       print(1)
//   
//   f()
//   print = 5
"builtin.module"() ({
^bb0:
  "py.module"() ({
  ^bb1:
    %0 = "py.func"() ({
    ^bb2:
      %1 = "py.load_global"() {name = "print"} : () -> !py.object
      %2 = "py.const_int"() {value = 1 : i64} : () -> !py.object
      %3 = "py.call"(%1, %2) {kwnames = [""]} : (!py.object, !py.object) -> !py.object
    }) {arg_kinds = [], arg_names = [], cellvars = [], freevars = [], locals = [], num_decorators = 0 : i64, num_defaults = 0 : i64, num_kw_defaults = 0 : i64, qualname = "f", sym_name = "f"} : () -> !py.object
    "py.store_global"(%0) {name = "f"} : (!py.object) -> ()
    %4 = "py.load_global"() {name = "f"} : () -> !py.object
    %5 = "py.call"(%4) {kwnames = []} : (!py.object) -> !py.object
    %6 = "py.const_int"() {value = 5 : i64} : () -> !py.object
    "py.store_global"(%6) {name = "print"} : (!py.object) -> ()
  }) {filename = "bf2.py", sym_name = "__main__"} : () -> ()
}) : () -> ()
// CHECK: {builtin_fallback, name = "print"} : () -> !typed.object

// -----
// A comparison of values of unknown types whose result is only tested for truth (an `if` or
// `while` condition, `not`) is typed.obj.compare_bool: one rich comparison and its truth,
// no object result. Source:
//   xs = [1, "a"]
//   for x in xs:
//       if x == 1:
//           print(x)
//       while not x != 1:
//           x = 2
"builtin.module"() ({
^bb0:
  "py.module"() ({
  ^bb1:
    %0 = "py.const_int"() {value = 1 : i64} : () -> !py.object
    %1 = "py.const_str"() {value = "a"} : () -> !py.object
    %2 = "py.list"(%0, %1) : (!py.object, !py.object) -> !py.object
    "py.store_global"(%2) {name = "xs"} : (!py.object) -> ()
    %3 = "py.load_global"() {name = "xs"} : () -> !py.object
    "py.for"(%3) ({
    ^bb2(%arg2_0: !py.object):
      "py.store_global"(%arg2_0) {name = "x"} : (!py.object) -> ()
      %4 = "py.load_global"() {name = "x"} : () -> !py.object
      %5 = "py.const_int"() {value = 1 : i64} : () -> !py.object
      %6 = "py.compare"(%4, %5) {op = "eq"} : (!py.object, !py.object) -> !py.object
      "py.if"(%6) ({
      ^bb3:
        %7 = "py.load_builtin"() {name = "print"} : () -> !py.object
        %8 = "py.load_global"() {name = "x"} : () -> !py.object
        %9 = "py.call"(%7, %8) {kwnames = [""]} : (!py.object, !py.object) -> !py.object
      }, {
      ^bb4:
      }) : (!py.object) -> ()
      "py.while"() ({
      ^bb5:
        %10 = "py.load_global"() {name = "x"} : () -> !py.object
        %11 = "py.const_int"() {value = 1 : i64} : () -> !py.object
        %12 = "py.compare"(%10, %11) {op = "ne"} : (!py.object, !py.object) -> !py.object
        %13 = "py.unaryop"(%12) {op = "not"} : (!py.object) -> !py.object
        "py.result"(%13) : (!py.object) -> ()
      }, {
      ^bb6:
        %14 = "py.const_int"() {value = 2 : i64} : () -> !py.object
        "py.store_global"(%14) {name = "x"} : (!py.object) -> ()
      }, {
      ^bb7:
      }) : () -> ()
    }, {
    ^bb8:
    }) : (!py.object) -> ()
  }) {filename = "cmpb.py", sym_name = "__main__"} : () -> ()
}) : () -> ()
// CHECK: {op = "eq"} : (!typed.object, !typed.int) -> !typed.bool
// CHECK: {op = "ne"} : (!typed.object, !typed.int) -> !typed.bool
// CHECK-NOT: typed.truthy
// CHECK-NOT: "typed.obj.compare"(

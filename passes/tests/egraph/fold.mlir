// RUN: metal0 opt --passes=egraph
// 1 + 2 * 3 folds to 7.
"builtin.module"() ({
^bb0:
  "typed.func"() ({
  ^bb1:
    %0 = "typed.const_int"() {value = 1 : i64} : () -> !typed.int
    %1 = "typed.const_int"() {value = 2 : i64} : () -> !typed.int
    %2 = "typed.const_int"() {value = 3 : i64} : () -> !typed.int
    %3 = "typed.int.binop"(%1, %2) {op = "mul"} : (!typed.int, !typed.int) -> !typed.int
    %4 = "typed.int.binop"(%0, %3) {op = "add"} : (!typed.int, !typed.int) -> !typed.int
    "typed.return"(%4) : (!typed.int) -> ()
  }) {function_type = () -> !typed.int, local_types = [], locals = [], py_name = "f", sym_name = "f"} : () -> ()
}) : () -> ()
// CHECK: "typed.const_int"() {value = 7 : i64}
// CHECK: "typed.return"
// CHECK-NOT: typed.int.binop
// -----
// 1 // 0 is left for run time (it raises ZeroDivisionError with a traceback).
"builtin.module"() ({
^bb0:
  "typed.func"() ({
  ^bb1:
    %0 = "typed.const_int"() {value = 1 : i64} : () -> !typed.int
    %1 = "typed.const_int"() {value = 0 : i64} : () -> !typed.int
    %2 = "typed.int.binop"(%0, %1) {op = "floordiv"} : (!typed.int, !typed.int) -> !typed.int
    "typed.return"(%2) : (!typed.int) -> ()
  }) {function_type = () -> !typed.int, local_types = [], locals = [], py_name = "f", sym_name = "f"} : () -> ()
}) : () -> ()
// CHECK: "typed.int.binop"
// CHECK: {op = "floordiv"}
// -----
// 2 ** 100 does not fit the folding bound: computed at run time.
"builtin.module"() ({
^bb0:
  "typed.func"() ({
  ^bb1:
    %0 = "typed.const_int"() {value = 2 : i64} : () -> !typed.int
    %1 = "typed.const_int"() {value = 100 : i64} : () -> !typed.int
    %2 = "typed.int.binop"(%0, %1) {op = "pow"} : (!typed.int, !typed.int) -> !typed.int
    "typed.return"(%2) : (!typed.int) -> ()
  }) {function_type = () -> !typed.int, local_types = [], locals = [], py_name = "f", sym_name = "f"} : () -> ()
}) : () -> ()
// CHECK: {op = "pow"}
// -----
// x + 0 is x (int-add-zero-right).
"builtin.module"() ({
^bb0:
  "typed.func"() ({
  ^bb1(%x: !typed.int):
    %0 = "typed.const_int"() {value = 0 : i64} : () -> !typed.int
    %1 = "typed.int.binop"(%x, %0) {op = "add"} : (!typed.int, !typed.int) -> !typed.int
    "typed.return"(%1) : (!typed.int) -> ()
  }) {function_type = (!typed.int) -> !typed.int, local_types = [], locals = [], py_name = "f", sym_name = "f$int"} : () -> ()
}) : () -> ()
// CHECK-NOT: typed.int.binop
// CHECK-NOT: typed.const_int

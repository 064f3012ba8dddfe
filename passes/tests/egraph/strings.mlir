// RUN: metal0 opt --passes=egraph
// "ab" + "c" folds; so does len() of the result and .upper().
"builtin.module"() ({
^bb0:
  "typed.func"() ({
  ^bb1:
    %0 = "typed.const_str"() {value = "ab"} : () -> !typed.str
    %1 = "typed.const_str"() {value = "c"} : () -> !typed.str
    %2 = "typed.obj.binop"(%0, %1) {op = "add"} : (!typed.str, !typed.str) -> !typed.str
    %3 = "typed.obj.call_method"(%2) {kwnames = [], name = "upper"} : (!typed.str) -> !typed.str
    %4 = "typed.obj.len"(%2) : (!typed.str) -> !typed.int
    "typed.return"(%3) : (!typed.str) -> ()
  }) {function_type = () -> !typed.str, local_types = [], locals = [], py_name = "f", sym_name = "f"} : () -> ()
}) : () -> ()
// CHECK: "typed.const_str"() {value = "ABC"}
// CHECK-NOT: typed.obj.binop
// CHECK-NOT: call_method
// -----
// f"{1 + 2}x" with constant parts folds to "3x".
"builtin.module"() ({
^bb0:
  "typed.func"() ({
  ^bb1:
    %0 = "typed.const_int"() {value = 1 : i64} : () -> !typed.int
    %1 = "typed.const_int"() {value = 2 : i64} : () -> !typed.int
    %2 = "typed.int.binop"(%0, %1) {op = "add"} : (!typed.int, !typed.int) -> !typed.int
    %3 = "typed.str_of"(%2) {conversion = "s"} : (!typed.int) -> !typed.str
    %4 = "typed.const_str"() {value = "x"} : () -> !typed.str
    %5 = "typed.build_str"(%3, %4) : (!typed.str, !typed.str) -> !typed.str
    "typed.return"(%5) : (!typed.str) -> ()
  }) {function_type = () -> !typed.str, local_types = [], locals = [], py_name = "f", sym_name = "f"} : () -> ()
}) : () -> ()
// CHECK: "typed.const_str"() {value = "3x"}
// CHECK-NOT: typed.build_str
// -----
// "ab" * 10**8 is far beyond the 4096-byte bound: left for run time.
"builtin.module"() ({
^bb0:
  "typed.func"() ({
  ^bb1:
    %0 = "typed.const_str"() {value = "ab"} : () -> !typed.str
    %1 = "typed.const_int"() {value = 100000000 : i64} : () -> !typed.int
    %2 = "typed.obj.binop"(%0, %1) {op = "mul"} : (!typed.str, !typed.int) -> !typed.str
    "typed.return"(%2) : (!typed.str) -> ()
  }) {function_type = () -> !typed.str, local_types = [], locals = [], py_name = "f", sym_name = "f"} : () -> ()
}) : () -> ()
// CHECK: "typed.obj.binop"

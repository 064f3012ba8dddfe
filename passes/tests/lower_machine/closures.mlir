// RUN: lower-machine
// Closure cells, function objects with closures, class bodies and class creation.

// A closure: the outer function makes a cell for `n` and stores the parameter into it in place;
// the inner function object gets a closure tuple; the inner function reads its cell from the
// closure tuple, reads and writes the value word in place (NameError for an unbound free
// variable), and its wrapper fetches the closure from the function object.
"builtin.module"() ({
^bb0:
  "typed.global"() {sym_name = "__name__", type = !typed.str} : () -> ()
  "typed.global"() {sym_name = "outer", type = !typed.func} : () -> ()
  "typed.func"() ({
  ^bb1:
    %0 = "typed.const_str"() {value = "__main__"} : () -> !typed.str
    "typed.store_global"(%0) {name = "__name__"} : (!typed.str) -> ()
    "typed.define_function"() {name = "outer"} : () -> ()
    %1 = "typed.const_int"() {value = 1 : i64} : () -> !typed.int
    %2 = "typed.call"(%1) {callee = @outer$int, py_name = "outer"} : (!typed.int) -> !typed.object
    %3 = "typed.const_int"() {value = 2 : i64} : () -> !typed.int
    %4 = "typed.obj.call"(%2, %3) {kwnames = [""]} : (!typed.object, !typed.int) -> !typed.object
    %5 = "typed.builtin"() {name = "print"} : () -> !typed.object
    %6 = "typed.obj.call"(%5, %4) {kwnames = [""]} : (!typed.object, !typed.object) -> !typed.none
    %7 = "typed.const_none"() : () -> !typed.none
    "typed.return"(%7) : (!typed.none) -> ()
  }) {function_type = () -> !typed.none, local_types = [], locals = [], py_name = "__main__", sym_name = "__main__"} : () -> ()
  "typed.func"() ({
  ^bb2(%arg2_0: !typed.int):
    %8 = "typed.cell_new"() : () -> !typed.object
    "typed.store_local"(%8) {name = "n"} : (!typed.object) -> ()
    %9 = "typed.load_local"() {name = "n"} : () -> !typed.object
    "typed.cell_set"(%9, %arg2_0) : (!typed.object, !typed.int) -> ()
    %10 = "typed.load_local"() {name = "n"} : () -> !typed.object
    %11 = "typed.make_function"(%10) {callee = @outer.inner$object$object, code = "inner\nouter.<locals>.inner\n1 0 0 0 0\nk", kw_default_names = [], num_cells = 1 : i64, num_defaults = 0 : i64} : (!typed.object) -> !typed.object
    "typed.store_local"(%11) {name = "inner"} : (!typed.object) -> ()
    %12 = "typed.load_local"() {name = "inner"} : () -> !typed.object
    "typed.return"(%12) : (!typed.object) -> ()
  }) {function_type = (!typed.int) -> !typed.object, local_types = [!typed.object, !typed.object], locals = ["n", "inner"], py_name = "outer", sym_name = "outer$int"} : () -> ()
  "typed.func"() ({
  ^bb3(%arg3_0: !typed.object, %arg3_1: !typed.object):
    %13 = "typed.const_int"() {value = 0 : i64} : () -> !typed.int
    %14 = "typed.obj.getitem"(%arg3_0, %13) : (!typed.object, !typed.int) -> !typed.object
    "typed.store_local"(%14) {name = "n"} : (!typed.object) -> ()
    "typed.store_local"(%arg3_1) {name = "k"} : (!typed.object) -> ()
    %15 = "typed.load_local"() {name = "n"} : () -> !typed.object
    %16 = "typed.cell_get"(%15) {kind = "free", name = "n"} : (!typed.object) -> !typed.object
    %17 = "typed.load_local"() {name = "k"} : () -> !typed.object
    %18 = "typed.obj.inplace"(%16, %17) {op = "add"} : (!typed.object, !typed.object) -> !typed.object
    %19 = "typed.load_local"() {name = "n"} : () -> !typed.object
    "typed.cell_set"(%19, %18) : (!typed.object, !typed.object) -> ()
    %20 = "typed.load_local"() {name = "n"} : () -> !typed.object
    %21 = "typed.cell_get"(%20) {kind = "free", name = "n"} : (!typed.object) -> !typed.object
    "typed.return"(%21) : (!typed.object) -> ()
  }) {function_type = (!typed.object, !typed.object) -> !typed.object, local_types = [!typed.object, !typed.object], locals = ["n", "k"], py_name = "inner", sym_name = "outer.inner$object$object"} : () -> ()
}) : () -> ()

// CHECK: sym_name = "m0_main"
// CHECK: {callee = @rt_cell_new}
// CHECK: "machine.load"({{}}) {offset = 16 : i64}
// CHECK-NEXT: "machine.store"({{}}) {offset = 16 : i64}
// CHECK: {callee = @rt_tuple_new}
// CHECK: {callee = @rt_function_new} : (i64, !machine.ptr, i64, i64, i64) -> i64
// CHECK: sym_name = "outer$int"
// CHECK: {callee = @rt_getitem}
// CHECK: "machine.load"({{}}) {offset = 16 : i64}
// CHECK: {callee = @rt_raise_unbound_free}
// CHECK: sym_name = "outer.inner$object$object"
// CHECK: {callee = @rt_function_closure}
// CHECK: {callee = @outer.inner$object$object}
// CHECK: {callee = @rt_bind_args}
// CHECK: sym_name = "outer.inner$object$object.vc"

// -----

// A class: the body runs with the namespace dict (names read from the namespace, then the
// module global, then the builtin), then rt_class_new makes the class.
"builtin.module"() ({
^bb0:
  "typed.global"() {sym_name = "A", type = !typed.object} : () -> ()
  "typed.global"() {sym_name = "__name__", type = !typed.str} : () -> ()
  "typed.global"() {sym_name = "outer", type = !typed.func} : () -> ()
  "typed.func"() ({
  ^bb1:
    %0 = "typed.const_str"() {value = "__main__"} : () -> !typed.str
    "typed.store_global"(%0) {name = "__name__"} : (!typed.str) -> ()
    "typed.define_function"() {name = "outer"} : () -> ()
    %1 = "typed.tuple.new"() : () -> !typed.tuple
    %2 = "typed.dict.new"() : () -> !typed.dict
    %3 = "typed.const_str"() {value = "__main__"} : () -> !typed.str
    "typed.store_name"(%2, %3) {name = "__module__"} : (!typed.dict, !typed.str) -> ()
    %4 = "typed.const_str"() {value = "A"} : () -> !typed.str
    "typed.store_name"(%2, %4) {name = "__qualname__"} : (!typed.dict, !typed.str) -> ()
    %5 = "typed.box"(%2) : (!typed.dict) -> !typed.object
    %6 = "typed.call"(%5) {callee = @A.body$object, py_name = "A"} : (!typed.object) -> !typed.object
    %7 = "typed.make_class"(%1, %2) {name = "A"} : (!typed.tuple, !typed.dict) -> !typed.object
    "typed.store_global"(%7) {name = "A"} : (!typed.object) -> ()
    %8 = "typed.const_none"() : () -> !typed.none
    "typed.return"(%8) : (!typed.none) -> ()
  }) {function_type = () -> !typed.none, local_types = [], locals = [], py_name = "__main__", sym_name = "__main__"} : () -> ()
  "typed.func"() ({
  ^bb2(%arg2_0: !typed.object):
    %9 = "typed.const_int"() {value = 1 : i64} : () -> !typed.int
    "typed.store_name"(%arg2_0, %9) {name = "x"} : (!typed.object, !typed.int) -> ()
    %10 = "typed.load_name"(%arg2_0) {name = "x"} : (!typed.object) -> !typed.object
    %11 = "typed.load_name"(%arg2_0) {name = "len"} : (!typed.object) -> !typed.object
    %12 = "typed.const_str"() {value = "ab"} : () -> !typed.str
    %13 = "typed.obj.call"(%11, %12) {kwnames = [""]} : (!typed.object, !typed.str) -> !typed.object
    %14 = "typed.obj.binop"(%10, %13) {op = "add"} : (!typed.object, !typed.object) -> !typed.object
    "typed.store_name"(%arg2_0, %14) {name = "y"} : (!typed.object, !typed.object) -> ()
    %15 = "typed.const_none"() : () -> !typed.none
    %16 = "typed.box"(%15) : (!typed.none) -> !typed.object
    "typed.return"(%16) : (!typed.object) -> ()
  }) {function_type = (!typed.object) -> !typed.object, local_types = [], locals = [], py_name = "A", sym_name = "A.body$object"} : () -> ()
}) : () -> ()

// CHECK: {callee = @rt_dict_setitem}
// CHECK: {callee = @A.body$object}
// CHECK: {callee = @rt_class_new}
// CHECK: sym_name = "m0_main"
// CHECK: {callee = @rt_dict_setitem}
// CHECK: {callee = @rt_ns_get}
// CHECK: {callee = @rt_load_builtin}
// CHECK: sym_name = "A.body$object"

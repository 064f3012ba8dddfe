// RUN: lower-machine
// Functions, calls, parameters, returns, the module entry point.

// fib: the int fast paths, a recursive call (no NameError check for itself), a call from
// __main__ (checked), returns.
"typed.global"() {sym_name = "fib", type = !typed.func} : () -> ()
"typed.func"() ({
^bb0(%n: !typed.int):
  "typed.store_local"(%n) {name = "n"} : (!typed.int) -> ()
  %0 = "typed.load_local"() {name = "n"} : () -> !typed.int
  %1 = "typed.const_int"() {value = 2 : i64} : () -> !typed.int
  %2 = "typed.int.cmp"(%0, %1) {op = "lt"} : (!typed.int, !typed.int) -> !typed.bool
  "typed.if"(%2) ({
    %3 = "typed.load_local"() {name = "n"} : () -> !typed.int
    "typed.return"(%3) : (!typed.int) -> ()
  }, {
  }) : (!typed.bool) -> ()
  %4 = "typed.load_local"() {name = "n"} : () -> !typed.int
  %5 = "typed.const_int"() {value = 1 : i64} : () -> !typed.int
  %6 = "typed.int.binop"(%4, %5) {op = "sub"} : (!typed.int, !typed.int) -> !typed.int
  %7 = "typed.call"(%6) {callee = @"fib$int", py_name = "fib"} : (!typed.int) -> !typed.int
  %8 = "typed.load_local"() {name = "n"} : () -> !typed.int
  %9 = "typed.const_int"() {value = 2 : i64} : () -> !typed.int
  %10 = "typed.int.binop"(%8, %9) {op = "sub"} : (!typed.int, !typed.int) -> !typed.int
  %11 = "typed.call"(%10) {callee = @"fib$int", py_name = "fib"} : (!typed.int) -> !typed.int
  %12 = "typed.int.binop"(%7, %11) {op = "add"} : (!typed.int, !typed.int) -> !typed.int
  "typed.return"(%12) : (!typed.int) -> ()
}) {sym_name = "fib$int", py_name = "fib", function_type = (!typed.int) -> !typed.int, locals = ["n"], local_types = [!typed.int]} : () -> () loc("fib.py":1:1)
"typed.func"() ({
  "typed.define_function"() {name = "fib"} : () -> () loc("fib.py":1:1)
  %0 = "typed.builtin"() {name = "print"} : () -> !typed.object loc("fib.py":5:1)
  %1 = "typed.const_int"() {value = 10 : i64} : () -> !typed.int loc("fib.py":5:11)
  %2 = "typed.call"(%1) {callee = @"fib$int", py_name = "fib"} : (!typed.int) -> !typed.int loc("fib.py":5:7)
  %3 = "typed.obj.call"(%0, %2) {kwnames = [""]} : (!typed.object, !typed.int) -> !typed.object loc("fib.py":5:1)
  %4 = "typed.const_none"() : () -> !typed.none
  "typed.return"(%4) : (!typed.none) -> ()
}) {sym_name = "__main__", py_name = "__main__", function_type = () -> !typed.none, locals = [], local_types = []} : () -> ()

// CHECK: "machine.global"() {size = 8 : i64, sym_name = "g.fib"}
// CHECK: "machine.func"() ({
// CHECK-NOT: rt_recursion_enter
// The first store of the parameter increfs it (an int: inline check), with no old value to drop.
// CHECK: "machine.band"(%arg
// CHECK: "machine.var_set"(%arg
// CHECK-NOT: "machine.var_get"() {var = 0 : i64} : () -> i64
// n < 2: a constant operand is small already, so only n's tag is tested; tagged words compare
// like their values.
// CHECK: "machine.var_get"() {var = 0 : i64}
// CHECK: {pred = "slt"}
// n - 1 = n - (3 - 1) on tagged words.
// CHECK: {value = 2 : i64}
// CHECK-NEXT: "machine.ssub_overflow"
// No NameError check when fib calls itself.
// CHECK-NOT: @rt_raise_name_error
// CHECK: {callee = @fib$int}
// CHECK: "machine.sadd_overflow"
// CHECK: "machine.return"
// CHECK: function_type = (i64) -> i64, sym_name = "fib$int", var_types = [
// The module body: exported; NameError check before calling fib.
// CHECK: {callee = @rt_load_builtin}
// CHECK: "machine.symbol_addr"() {symbol = @g.fib}
// CHECK-NEXT: "machine.load"
// CHECK: {callee = @fib$int}
// CHECK: {callee = @rt_call}
// CHECK: {callee = @rt_none}
// CHECK: function_type = () -> i64, linkage = "export", sym_name = "m0_main"
// Slow paths and error sites are in cold blocks, after the hot ones.
// CHECK-COUNT-1: {callee = @rt_int_cmp}
// CHECK-COUNT-2: {callee = @rt_int_sub}
// CHECK-COUNT-1: {callee = @rt_int_add}
// CHECK-COUNT-1: {callee = @rt_raise_name_error}
// CHECK-COUNT-1: "machine.global"() {size = 8 : i64, sym_name = "builtin.print"}
// CHECK-COUNT-0: rt_raise_unbound_local

// -----

// Unboxed parameters and results: f64 and i1 in the signature, and the error flag checked
// after calls of functions that return them. A function named like a runtime function is
// renamed so it cannot shadow it. Falling off the end returns None.
"typed.global"() {sym_name = "half", type = !typed.func} : () -> ()
"typed.global"() {sym_name = "rt_len", type = !typed.func} : () -> ()
"typed.func"() ({
^bb0(%x: !typed.float, %b: !typed.bool):
  "typed.store_local"(%x) {name = "x"} : (!typed.float) -> ()
  "typed.store_local"(%b) {name = "b"} : (!typed.bool) -> ()
  %0 = "typed.load_local"() {name = "x"} : () -> !typed.float
  %1 = "typed.const_float"() {value = 2.0 : f64} : () -> !typed.float
  %2 = "typed.float.binop"(%0, %1) {op = "truediv"} : (!typed.float, !typed.float) -> !typed.float
  "typed.return"(%2) : (!typed.float) -> ()
}) {sym_name = "half$float$bool", py_name = "half", function_type = (!typed.float, !typed.bool) -> !typed.float, locals = ["x", "b"], local_types = [!typed.float, !typed.bool]} : () -> ()
"typed.func"() ({
}) {sym_name = "rt_len", py_name = "rt_len", function_type = () -> !typed.none, locals = [], local_types = []} : () -> ()
"typed.func"() ({
  "typed.define_function"() {name = "half"} : () -> ()
  "typed.define_function"() {name = "rt_len"} : () -> ()
  %0 = "typed.const_float"() {value = 3.0 : f64} : () -> !typed.float
  %1 = "typed.const_bool"() {value = true} : () -> !typed.bool
  %2 = "typed.call"(%0, %1) {callee = @"half$float$bool", py_name = "half"} : (!typed.float, !typed.bool) -> !typed.float
  %3 = "typed.call"() {callee = @rt_len, py_name = "rt_len"} : () -> !typed.none
}) {sym_name = "__main__", py_name = "__main__", function_type = () -> !typed.none, locals = [], local_types = []} : () -> ()


// CHECK: "machine.fdiv"
// CHECK: "machine.return"
// CHECK: {function_type = (f64, i1) -> f64, sym_name = "half$float$bool", var_types = [f64, i1, i1, i1]}
// CHECK: {callee = @rt_none}
// CHECK-NEXT: "machine.return"
// CHECK: {function_type = () -> i64, sym_name = "rt_len$"
// CHECK: {callee = @half$float$bool} : (f64, i1) -> f64
// CHECK-NEXT: {callee = @rt_err_occurred}
// CHECK: {callee = @rt_len$} : () -> i64
// Nothing in half can fail: no unwind block (whose sentinel would be any f64).
// CHECK-COUNT-1: "machine.fconst"() {value = 0.0e0 : f64}
// A float division by a non-zero constant needs no zero check.
// CHECK-COUNT-0: {callee = @rt_float_div}

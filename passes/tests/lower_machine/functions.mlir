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
// n is an int parameter that is never reassigned: it borrows the caller's reference (no
// incref), and the body has a version for a small n, entered when n's tag says so; otherwise
// the general version is called with the same argument.
// CHECK: "machine.band"(%arg1_0
// CHECK: "machine.cond_br"
// CHECK-NEXT: ^bb
// CHECK-NEXT: "machine.var_set"(%arg1_0) {var = 0 : i64}
// n < 2: n is a small int and 2 a constant: no tag test; tagged words compare like their
// values, and the `if` branches on the comparison.
// CHECK-NEXT: "machine.var_get"() {var = 0 : i64}
// CHECK: {pred = "slt"}
// CHECK-NEXT: "machine.cond_br"
// return n: a small int needs no new reference.
// CHECK-NEXT: ^bb
// CHECK-NEXT: "machine.var_get"
// CHECK-NEXT: "machine.return"
// n - 1 = n - (3 - 1) on tagged words; n >= 2 after the `if`, so it cannot overflow and the
// result is small: nothing to drop after the call.
// CHECK: {value = 2 : i64}
// CHECK-NEXT: "machine.isub"
// No NameError check when fib calls itself.
// CHECK-NOT: @rt_raise_name_error
// CHECK: {callee = @fib$int}
// CHECK-NOT: @rt_decref
// CHECK: {callee = @fib$int}
// The results are dropped on the slow path of the addition only.
// CHECK-NOT: @rt_decref
// CHECK: "machine.sadd_overflow"
// CHECK: "machine.return"
// CHECK: {callee = @fib$int.general}
// CHECK-NEXT: "machine.return"
// CHECK: sym_name = "fib$int", var_types = [
// The general version: n's tag is tested; n - 1 checks for overflow.
// CHECK: "machine.func"
// CHECK: {pred = "slt"}
// CHECK: "machine.ssub_overflow"
// CHECK: sym_name = "fib$int.general", var_types = [
// The module body: exported; `print` borrowed from its cache slot (rt_load_builtin fills it
// on first use, on a cold path); NameError check before calling fib; None from its slot.
// CHECK: {symbol = @builtin.print}
// CHECK-NEXT: "machine.load"
// CHECK: "machine.symbol_addr"() {symbol = @g.fib}
// CHECK-NEXT: "machine.load"
// CHECK: {callee = @fib$int}
// CHECK: {callee = @rt_call}
// CHECK: {symbol = @const.None}
// CHECK: {callee = @rt_load_builtin}
// CHECK: linkage = "export", sym_name = "m0_main"
// Slow paths and error sites are in cold blocks, after the hot ones (the small-int version
// has the slow path of the addition only).
// CHECK-COUNT-1: {callee = @rt_int_cmp}
// CHECK-COUNT-2: {callee = @rt_int_sub}
// CHECK-COUNT-2: {callee = @rt_int_add}
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
// CHECK: {function_type = (f64, i1, i64) -> f64, hot_blocks = {{...}}, sym_name = "half$float$bool", var_types = [f64, i1, i1, i1]}
// CHECK: {symbol = @const.None}
// CHECK: "machine.return"
// CHECK: {function_type = (i64) -> i64, hot_blocks = {{...}}, sym_name = "rt_len$"
// CHECK: {callee = @half$float$bool} : (f64, i1, i64) -> f64
// CHECK-NEXT: {callee = @rt_err_occurred}
// CHECK: {callee = @rt_len$} : (i64) -> i64
// Nothing in half's body can fail: no unwind block (whose sentinel would be any f64); the
// one sentinel returned is that of a failed recursion check on entry.
// CHECK-COUNT-2: "machine.fconst"() {value = 0.0e0 : f64}
// A float division by a non-zero constant needs no zero check.
// CHECK-COUNT-0: {callee = @rt_float_div}

// -----

// A module-level function used as a value (`sorted(xs, key=scale)`), twice: a function object
// made once by rt_function_new from the signature (rt_code_const), the defaults tuple and the
// address of the wrapper `<instance>.vc`, cached in slot `fn.<instance>`; each use checks the
// `def` ran and takes a new reference. The wrapper (generated once, local, no traceback entry)
// passes the caller's words straight through when it gets exactly two positional arguments,
// else binds them with rt_bind_args and drops the bound words after the call; it boxes the
// float result after checking the error flag.
"typed.global"() {sym_name = "scale", type = !typed.func} : () -> ()
"typed.global"() {sym_name = "scale.__defaults__.0", type = !typed.float} : () -> ()
"typed.func"() ({
^bb0(%x: !typed.object, %k: !typed.object):
  "typed.store_local"(%x) {name = "x"} : (!typed.object) -> ()
  "typed.store_local"(%k) {name = "k"} : (!typed.object) -> ()
  %0 = "typed.const_float"() {value = 1.5 : f64} : () -> !typed.float
  "typed.return"(%0) : (!typed.float) -> ()
}) {sym_name = "scale$object$object", py_name = "scale", function_type = (!typed.object, !typed.object) -> !typed.float, locals = ["x", "k"], local_types = [!typed.object, !typed.object]} : () -> ()
"typed.func"() ({
  %0 = "typed.const_float"() {value = 2.0 : f64} : () -> !typed.float
  "typed.store_global"(%0) {name = "scale.__defaults__.0"} : (!typed.float) -> ()
  "typed.define_function"() {name = "scale"} : () -> ()
  %1 = "typed.builtin"() {name = "sorted"} : () -> !typed.object
  %2 = "typed.list.new"() : () -> !typed.list
  %d = "typed.load_global"() {name = "scale.__defaults__.0"} : () -> !typed.float
  %db = "typed.box"(%d) : (!typed.float) -> !typed.object
  %3 = "typed.make_function"(%db) {callee = @"scale$object$object", code = "scale\nscale\n2 0 0 0 0\nx\nk", num_defaults = 1 : i64, kw_default_names = [], num_cells = 0 : i64, cached, py_name = "scale"} : (!typed.object) -> !typed.object
  %4 = "typed.obj.call"(%1, %2, %3) {kwnames = ["", "key"]} : (!typed.object, !typed.list, !typed.object) -> !typed.object
  %5 = "typed.make_function"(%db) {callee = @"scale$object$object", code = "scale\nscale\n2 0 0 0 0\nx\nk", num_defaults = 1 : i64, kw_default_names = [], num_cells = 0 : i64, cached, py_name = "scale"} : (!typed.object) -> !typed.object
  %6 = "typed.const_none"() : () -> !typed.none
  "typed.return"(%6) : (!typed.none) -> ()
}) {sym_name = "__main__", py_name = "__main__", function_type = () -> !typed.none, locals = [], local_types = []} : () -> ()

// CHECK-COUNT-1: sym_name = "fn.scale$object$object"
// CHECK-COUNT-1: sym_name = "scale$object$object.vc"
// CHECK-COUNT-2: {callee = @rt_function_new} : (i64, !machine.ptr, i64, i64, i64) -> i64
// The module body: NameError check, then a new reference to the cached object, passed to sorted.
// CHECK: {symbol = @g.scale}
// CHECK-NEXT: "machine.load"
// CHECK: {symbol = @fn.scale$object$object}
// CHECK-NEXT: "machine.load"
// CHECK: {callee = @rt_call}
// The object is made in a cold block: signature, defaults tuple, wrapper address.
// CHECK: {callee = @rt_code_const}
// CHECK: {callee = @rt_tuple_new}
// CHECK: {symbol = @scale$object$object.vc}
// CHECK-NEXT: {callee = @rt_function_new}
// CHECK: {callee = @rt_decref}
// CHECK: sym_name = "m0_main"
// The wrapper: the direct path, then binding.
// CHECK-NOT: rt_traceback_add
// CHECK: {callee = @scale$object$object}
// CHECK-NOT: rt_traceback_add
// CHECK: {callee = @rt_float_box}
// CHECK-NOT: rt_traceback_add
// CHECK: {callee = @rt_bind_args}
// CHECK-NOT: rt_traceback_add
// CHECK: {callee = @scale$object$object}
// CHECK-NOT: rt_traceback_add
// CHECK: {callee = @rt_float_box}
// -----
// Recursion depth: a hidden last parameter. <module> is depth 0 and calls f with 1; f checks
// its depth on entry (rt_recursion_check only past 999, on a cold path), calls itself with
// depth + 1, and its general version with the same depth (which it does not check). As
// produced by infer for:
//   def f(n):
//       if n < 2:
//           return n
//       return f(n - 1)
//   print(f(5))
"builtin.module"() ({
^bb0:
  "typed.global"() {sym_name = "__name__", type = !typed.str} : () -> ()
  "typed.global"() {sym_name = "f", type = !typed.func} : () -> ()
  "typed.func"() ({
  ^bb1:
    %0 = "typed.const_str"() {value = "__main__"} : () -> !typed.str
    "typed.store_global"(%0) {name = "__name__"} : (!typed.str) -> ()
    "typed.define_function"() {name = "f"} : () -> ()
    %1 = "typed.const_int"() {value = 5 : i64} : () -> !typed.int
    %2 = "typed.call"(%1) {callee = @f$int, py_name = "f"} : (!typed.int) -> !typed.int
    %3 = "typed.builtin"() {name = "print"} : () -> !typed.object
    %4 = "typed.obj.call"(%3, %2) {kwnames = [""]} : (!typed.object, !typed.int) -> !typed.none
    %5 = "typed.const_none"() : () -> !typed.none
    "typed.return"(%5) : (!typed.none) -> ()
  }) {function_type = () -> !typed.none, local_types = [], locals = [], py_name = "__main__", sym_name = "__main__"} : () -> ()
  "typed.func"() ({
  ^bb2(%arg2_0: !typed.int):
    "typed.store_local"(%arg2_0) {name = "n"} : (!typed.int) -> ()
    %6 = "typed.load_local"() {name = "n"} : () -> !typed.int
    %7 = "typed.const_int"() {value = 2 : i64} : () -> !typed.int
    %8 = "typed.int.cmp"(%6, %7) {op = "lt"} : (!typed.int, !typed.int) -> !typed.bool
    "typed.if"(%8) ({
    ^bb3:
      %9 = "typed.load_local"() {name = "n"} : () -> !typed.int
      "typed.return"(%9) : (!typed.int) -> ()
    }, {
    ^bb4:
    }) : (!typed.bool) -> ()
    %10 = "typed.load_local"() {name = "n"} : () -> !typed.int
    %11 = "typed.const_int"() {value = 1 : i64} : () -> !typed.int
    %12 = "typed.int.binop"(%10, %11) {op = "sub"} : (!typed.int, !typed.int) -> !typed.int
    %13 = "typed.call"(%12) {callee = @f$int, py_name = "f"} : (!typed.int) -> !typed.int
    "typed.return"(%13) : (!typed.int) -> ()
  }) {function_type = (!typed.int) -> !typed.int, local_types = [!typed.int], locals = ["n"], py_name = "f", sym_name = "f$int"} : () -> ()
}) : () -> ()
// CHECK-COUNT-1: {callee = @rt_recursion_check}
// CHECK: sym_name = "m0_main"
// CHECK: "machine.func"() ({
// CHECK-NEXT: ^bb{{n}}(%arg{{n}}_0: i64, %arg{{n}}_1: i64):
// CHECK: "machine.const"() {value = 999 : i64}
// CHECK-NEXT: {pred = "sgt"}
// CHECK: "machine.iadd"(%arg{{n}}_1
// CHECK-NEXT: {callee = @f$int} : (i64, i64) -> i64
// CHECK: {callee = @rt_recursion_check}
// CHECK: {callee = @f$int.general} : (i64, i64) -> i64
// CHECK: sym_name = "f$int", var_types
// CHECK-NOT: 999
// CHECK: sym_name = "f$int.general"

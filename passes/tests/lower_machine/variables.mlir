// RUN: lower-machine
// Locals: word slots start unbound (0) and are checked on load unless definitely assigned;
// unboxed locals (float, bool) have a "bound" flag slot. Globals: a word slot each, NameError
// when unbound; floats and bools are boxed there.

// Definite assignment: x is bound after an if whose branches both assign it (one of them
// returns); y is bound in one branch only, so its load is checked.
"typed.func"() ({
^bb0(%c: !typed.bool):
  "typed.if"(%c) ({
    %0 = "typed.const_int"() {value = 1 : i64} : () -> !typed.int
    "typed.store_local"(%0) {name = "x"} : (!typed.int) -> ()
    "typed.store_local"(%0) {name = "y"} : (!typed.int) -> ()
  }, {
    %1 = "typed.const_int"() {value = 2 : i64} : () -> !typed.int
    "typed.store_local"(%1) {name = "x"} : (!typed.int) -> ()
  }) : (!typed.bool) -> ()
  %2 = "typed.load_local"() {name = "x"} : () -> !typed.int
  %3 = "typed.load_local"() {name = "y"} : () -> !typed.int loc("v.py":7:12)
  %4 = "typed.int.binop"(%2, %3) {op = "add"} : (!typed.int, !typed.int) -> !typed.int
  "typed.return"(%4) : (!typed.int) -> ()
}) {sym_name = "f", py_name = "f", function_type = (!typed.bool) -> !typed.int, locals = ["x", "y"], local_types = [!typed.int, !typed.int]} : () -> () loc("v.py":1:1)
// Both slots start unbound.
// CHECK: "machine.const"() {value = 0 : i64}
// CHECK-NEXT: "machine.var_set"({{zero}}) {var = 0 : i64}
// CHECK: "machine.const"() {value = 0 : i64}
// CHECK-NEXT: "machine.var_set"({{zero}}) {var = 1 : i64}
// CHECK: "machine.cond_br"(%arg1_0)
// After the if: x is read without a check, y with one.
// CHECK: "machine.var_get"() {var = 0 : i64}
// CHECK-NEXT: "machine.var_get"() {var = 1 : i64}
// CHECK-NEXT: "machine.const"() {value = 0 : i64}
// CHECK-NEXT: "machine.icmp"
// CHECK-NEXT: "machine.cond_br"
// The small int constants stored are never reference counted.
// CHECK-COUNT-1: {callee = @rt_raise_unbound_local}
// CHECK-COUNT-1: "machine.data"() {bytes = "y"
// CHECK-COUNT-1: "machine.const"() {value = 3377751260135431 : i64}

// -----

// Unboxed locals: a float and a bool, with their bound flags; `del` clears the flag (and
// makes every access to that local checked).
"typed.func"() ({
^bb0(%x: !typed.float):
  "typed.store_local"(%x) {name = "x"} : (!typed.float) -> ()
  %0 = "typed.const_bool"() {value = true} : () -> !typed.bool
  "typed.store_local"(%0) {name = "b"} : (!typed.bool) -> ()
  "typed.delete_local"() {name = "b"} : () -> ()
  %1 = "typed.load_local"() {name = "b"} : () -> !typed.bool
  %2 = "typed.load_local"() {name = "x"} : () -> !typed.float
  "typed.return"(%2) : (!typed.float) -> ()
}) {sym_name = "u", py_name = "u", function_type = (!typed.float) -> !typed.float, locals = ["x", "b"], local_types = [!typed.float, !typed.bool]} : () -> ()
// CHECK: "machine.var_set"(%arg1_0) {var = 0 : i64}
// CHECK-NEXT: "machine.const"() {value = 1 : i1}
// CHECK-NEXT: "machine.var_set"({{t}}) {var = 1 : i64}
// del b: check the flag, clear it
// CHECK: "machine.var_get"() {var = 3 : i64}
// CHECK: "machine.const"() {value = 0 : i1}
// CHECK-NEXT: "machine.var_set"({{f}}) {var = 3 : i64}
// b (checked), x (bound: no check)
// CHECK: "machine.var_get"() {var = 3 : i64}
// CHECK: "machine.var_get"() {var = 2 : i64}
// CHECK-NEXT: "machine.var_get"() {var = 0 : i64}
// CHECK-NEXT: "machine.return"
// CHECK-COUNT-2: {callee = @rt_raise_unbound_local}
// CHECK-COUNT-1: var_types = [f64, i1, i1, i1]}

// -----

// Globals: an unbound object global falls back to the builtin of that name on load (as
// CPython's LOAD_GLOBAL; NameError when there is none), other globals raise NameError; store
// replaces (dropping the old value); del checks and unbinds; a float global is boxed on store
// and unboxed on load.
"typed.global"() {sym_name = "n", type = !typed.object} : () -> ()
"typed.global"() {sym_name = "f", type = !typed.float} : () -> ()
"typed.func"() ({
  %0 = "typed.const_str"() {value = "v"} : () -> !typed.str
  %1 = "typed.box"(%0) : (!typed.str) -> !typed.object
  "typed.store_global"(%1) {name = "n"} : (!typed.object) -> ()
  %2 = "typed.load_global"() {name = "n"} : () -> !typed.object
  %3 = "typed.builtin"() {name = "print"} : () -> !typed.object
  %4 = "typed.obj.call"(%3, %2) {kwnames = [""]} : (!typed.object, !typed.object) -> !typed.object
  "typed.delete_global"() {name = "n"} : () -> ()
  %5 = "typed.const_float"() {value = 2.5 : f64} : () -> !typed.float
  "typed.store_global"(%5) {name = "f"} : (!typed.float) -> ()
  %6 = "typed.load_global"() {name = "f"} : () -> !typed.float
  %7 = "typed.float.neg"(%6) : (!typed.float) -> !typed.float
  %8 = "typed.const_none"() : () -> !typed.none
  "typed.return"(%8) : (!typed.none) -> ()
}) {sym_name = "__main__", py_name = "__main__", function_type = () -> !typed.none, locals = [], local_types = []} : () -> ()
// CHECK: "machine.global"() {size = 8 : i64, sym_name = "g.n"}
// CHECK: "machine.global"() {size = 8 : i64, sym_name = "g.f"}
// n = "v": the slot takes a new reference to the constant (borrowed from its cache slot),
// the old value is dropped
// CHECK: {symbol = @str.0}
// CHECK: "machine.iadd"
// CHECK: {symbol = @g.n}
// CHECK-NEXT: "machine.load"
// CHECK-NEXT: "machine.store"
// CHECK-NEXT: "machine.const"() {value = 1 : i64}
// CHECK-NEXT: "machine.band"
// CHECK-NEXT: "machine.const"() {value = 0 : i64}
// CHECK-NEXT: {pred = "eq"}
// CHECK-NEXT: "machine.const"() {value = 0 : i64}
// CHECK-NEXT: {pred = "ne"}
// CHECK-NEXT: "machine.band"
// CHECK-NEXT: "machine.cond_br"
// CHECK-NEXT: ^bb
// CHECK-NEXT: "machine.load"
// CHECK: "machine.isub"
// print(n): n is loaded with a reference (a call could rebind it before its last use)
// CHECK: {symbol = @g.n}
// CHECK-NEXT: "machine.load"
// CHECK: "machine.cond_br"
// CHECK: "machine.iadd"
// CHECK: {callee = @rt_call}
// del n
// CHECK: {symbol = @g.n}
// CHECK-NEXT: "machine.load"
// CHECK: "machine.store"
// CHECK-NEXT: "machine.const"() {value = 1 : i64}
// CHECK-NEXT: "machine.band"
// CHECK-NEXT: "machine.const"() {value = 0 : i64}
// CHECK-NEXT: {pred = "eq"}
// CHECK-NEXT: "machine.const"() {value = 0 : i64}
// CHECK-NEXT: {pred = "ne"}
// CHECK-NEXT: "machine.band"
// CHECK-NEXT: "machine.cond_br"
// CHECK-NEXT: ^bb
// CHECK-NEXT: "machine.load"
// CHECK: "machine.isub"
// f = 2.5: the constant's box, one object cached in a slot (made by rt_float_box on first
// use, on a cold path); -f (unboxed)
// CHECK: {symbol = @float.0}
// CHECK: {symbol = @g.f}
// CHECK: {callee = @rt_float_unbox}
// CHECK: "machine.fneg"
// CHECK-COUNT-2: {callee = @rt_raise_name_error}
// CHECK-COUNT-1: {symbol = @builtin.n}

// -----

// An op the pass does not know is an internal error (lowering of well-typed input never
// fails; this is a compiler bug).
"typed.func"() ({
  %0 = "typed.mystery"() : () -> !typed.object
  %1 = "typed.const_none"() : () -> !typed.none
  "typed.return"(%1) : (!typed.none) -> ()
}) {sym_name = "__main__", py_name = "__main__", function_type = () -> !typed.none, locals = [], local_types = []} : () -> ()
// ERROR: lower-machine: cannot lower 'typed.mystery'
// -----
// `typed.load_global` with `builtin_fallback`: an unbound slot reads the builtin (cached in
// its slot, on a cold path; rt_load_builtin raises NameError if there is none) instead of
// raising NameError. As produced by infer for:
//   def f():
//       print(1)
//   
//   f()
//   print = 5
"builtin.module"() ({
^bb0:
  "typed.global"() {sym_name = "__name__", type = !typed.str} : () -> ()
  "typed.global"() {sym_name = "f", type = !typed.func} : () -> ()
  "typed.global"() {sym_name = "print", type = !typed.int} : () -> ()
  "typed.func"() ({
  ^bb1:
    %0 = "typed.const_str"() {value = "__main__"} : () -> !typed.str
    "typed.store_global"(%0) {name = "__name__"} : (!typed.str) -> ()
    "typed.define_function"() {name = "f"} : () -> ()
    %1 = "typed.call"() {callee = @f$, py_name = "f"} : () -> !typed.none
    %2 = "typed.const_int"() {value = 5 : i64} : () -> !typed.int
    "typed.store_global"(%2) {name = "print"} : (!typed.int) -> ()
    %3 = "typed.const_none"() : () -> !typed.none
    "typed.return"(%3) : (!typed.none) -> ()
  }) {function_type = () -> !typed.none, local_types = [], locals = [], py_name = "__main__", sym_name = "__main__"} : () -> ()
  "typed.func"() ({
  ^bb2:
    %4 = "typed.load_global"() {builtin_fallback, name = "print"} : () -> !typed.object
    %5 = "typed.const_int"() {value = 1 : i64} : () -> !typed.int
    %6 = "typed.obj.call"(%4, %5) {kwnames = [""]} : (!typed.object, !typed.int) -> !typed.object
    %7 = "typed.const_none"() : () -> !typed.none
    "typed.return"(%7) : (!typed.none) -> ()
  }) {function_type = () -> !typed.none, local_types = [], locals = [], py_name = "f", sym_name = "f$"} : () -> ()
}) : () -> ()
// CHECK: sym_name = "m0_main"
// CHECK: {symbol = @g.print}
// CHECK-NEXT: "machine.load"
// CHECK-NOT: rt_raise_name_error
// CHECK: {symbol = @builtin.print}
// CHECK: {callee = @rt_load_builtin}

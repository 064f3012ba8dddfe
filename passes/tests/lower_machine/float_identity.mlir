// RUN: lower-machine
// Float identity (see `lower_machine/shadows.rs`): an unboxed float keeps the object it came
// from, or the one made the first time it was boxed, as its *shadow*; boxing reuses it.

// `x = o` unboxed, `y = x`, `return y` boxed: x's shadow slot takes the object o (read at
// offset 16 for the f64), y's slot takes x's, and the box of y is y's shadow. The only boxes
// made are those of a load whose local has no shadow yet (never here at run time).
"typed.func"() ({
^bb0(%o: !typed.object):
  "typed.store_local"(%o) {name = "o"} : (!typed.object) -> ()
  %0 = "typed.load_local"() {name = "o"} : () -> !typed.object
  %1 = "typed.unbox"(%0) : (!typed.object) -> !typed.float
  "typed.store_local"(%1) {name = "x"} : (!typed.float) -> ()
  %2 = "typed.load_local"() {name = "x"} : () -> !typed.float
  "typed.store_local"(%2) {name = "y"} : (!typed.float) -> ()
  %3 = "typed.load_local"() {name = "y"} : () -> !typed.float
  %4 = "typed.box"(%3) : (!typed.float) -> !typed.object
  "typed.return"(%4) : (!typed.object) -> ()
}) {sym_name = "f", py_name = "f", function_type = (!typed.object) -> !typed.object, locals = ["o", "x", "y"], local_types = [!typed.object, !typed.float, !typed.float]} : () -> ()
// CHECK-COUNT-2: {callee = @rt_float_box}
// The shadow slots of x and y (vars 5 and 6) start empty.
// CHECK: "machine.const"() {value = 0 : i64}
// CHECK-NEXT: "machine.var_set"({{z}}) {var = 5 : i64}
// CHECK-NEXT: "machine.const"() {value = 0 : i64}
// CHECK-NEXT: "machine.var_set"({{z}}) {var = 6 : i64}
// x = o: the f64 and the object
// CHECK: "machine.var_set"(%arg{{o}}) {var = 0 : i64}
// CHECK-NEXT: "machine.var_get"() {var = 0 : i64}
// CHECK-NEXT: "machine.load"({{o}}) {offset = 16 : i64}
// CHECK: "machine.var_set"({{o}}) {var = 5 : i64}
// y = x: x's shadow (boxed first only when empty), a new reference for y's slot
// CHECK: "machine.var_get"() {var = 5 : i64}
// CHECK: {callee = @rt_float_box}
// CHECK: "machine.var_get"() {var = 5 : i64}
// CHECK: "machine.var_set"({{x}}) {var = 6 : i64}

// -----

// Floats only used in arithmetic get no shadow: no slot, no box, an f64 parameter and result.
"typed.func"() ({
^bb0(%a: !typed.float):
  "typed.store_local"(%a) {name = "a"} : (!typed.float) -> ()
  %0 = "typed.load_local"() {name = "a"} : () -> !typed.float
  %1 = "typed.const_float"() {value = 2.0 : f64} : () -> !typed.float
  %2 = "typed.float.binop"(%0, %1) {op = "mul"} : (!typed.float, !typed.float) -> !typed.float
  "typed.store_local"(%2) {name = "x"} : (!typed.float) -> ()
  %3 = "typed.load_local"() {name = "x"} : () -> !typed.float
  "typed.return"(%3) : (!typed.float) -> ()
}) {sym_name = "g", py_name = "g", function_type = (!typed.float) -> !typed.float, locals = ["a", "x"], local_types = [!typed.float, !typed.float]} : () -> ()
// CHECK-NOT: rt_float_box
// CHECK-NOT: symbol = @float.
// CHECK: function_type = (f64, i64) -> f64

// -----

// A float parameter whose local is needed as an object is passed as the object: the callee
// reads the f64 from it, and the object is the parameter's shadow.
"typed.func"() ({
^bb0(%p: !typed.float):
  "typed.store_local"(%p) {name = "p"} : (!typed.float) -> ()
  %0 = "typed.load_local"() {name = "p"} : () -> !typed.float
  %1 = "typed.box"(%0) : (!typed.float) -> !typed.object
  %2 = "typed.list.new"(%1) : (!typed.object) -> !typed.list<!typed.float>
  "typed.return"(%2) : (!typed.list<!typed.float>) -> ()
}) {sym_name = "h", py_name = "h", function_type = (!typed.float) -> !typed.list<!typed.float>, locals = ["p"], local_types = [!typed.float]} : () -> ()
// CHECK: ^bb{{n}}(%arg{{p}}: i64, %arg{{d}}: i64):
// CHECK: "machine.load"(%arg{{p}}) {offset = 16 : i64} : (i64) -> f64
// CHECK: function_type = (i64, i64) -> i64

// -----

// A function that may return a float that came from an object returns the object; a float
// constant boxed is one cached object per constant and function (CPython's code constants).
"typed.func"() ({
^bb0(%o: !typed.object, %c: !typed.bool):
  %0 = "typed.unbox"(%o) : (!typed.object) -> !typed.float
  "typed.if"(%c) ({
    %1 = "typed.const_float"() {value = 1.5 : f64} : () -> !typed.float
    "typed.return"(%1) : (!typed.float) -> ()
  }, {
  }) : (!typed.bool) -> ()
  "typed.return"(%0) : (!typed.float) -> ()
}) {sym_name = "k", py_name = "k", function_type = (!typed.object, !typed.bool) -> !typed.float, locals = [], local_types = []} : () -> ()
// CHECK: "machine.global"() {size = 8 : i64, sym_name = "float.0"}
// CHECK: {symbol = @float.0}
// CHECK: function_type = (i64, i1, i64) -> i64

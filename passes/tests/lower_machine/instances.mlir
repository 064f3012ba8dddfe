// RUN: lower-machine
// Instances of a known class with a float field: the field is unboxed (`float_fields`, the
// runtime's field spec says `x:f`), its slot at offset 40 holds the f64 and bit 0 of the
// bound-floats word (offset 32) says it is bound. A store sets the bit; a read tests it
// (unbound: rt_getattr raises AttributeError on a cold path that does not rejoin); once a
// field is known bound in straight-line code, later reads and stores of it skip the bit.
// As produced by infer for:
//   class P:
//       def __init__(self, x):
//           self.x = x
//       def bump(self, d):
//           self.x += d
//           return self.x * 2.0
//   p = P(1.5)
//   print(p.bump(0.25))
"builtin.module"() ({
^bb0:
  "typed.global"() {sym_name = "P", type = !typed.object} : () -> ()
  "typed.global"() {sym_name = "__name__", type = !typed.str} : () -> ()
  "typed.global"() {sym_name = "p", type = !typed.instance.P} : () -> ()
  "typed.func"() ({
  ^bb1:
    %0 = "typed.const_str"() {value = "__main__"} : () -> !typed.str
    "typed.store_global"(%0) {name = "__name__"} : (!typed.str) -> ()
    %1 = "typed.tuple.new"() : () -> !typed.tuple
    %2 = "typed.dict.new"() : () -> !typed.dict<!typed.object, !typed.object>
    %3 = "typed.const_str"() {value = "__main__"} : () -> !typed.str
    "typed.store_name"(%2, %3) {name = "__module__"} : (!typed.dict<!typed.object, !typed.object>, !typed.str) -> ()
    %4 = "typed.const_str"() {value = "P"} : () -> !typed.str
    "typed.store_name"(%2, %4) {name = "__qualname__"} : (!typed.dict<!typed.object, !typed.object>, !typed.str) -> ()
    %5 = "typed.const_none"() : () -> !typed.none
    %6 = "typed.box"(%5) : (!typed.none) -> !typed.object
    "typed.store_name"(%2, %6) {name = "__doc__"} : (!typed.dict<!typed.object, !typed.object>, !typed.object) -> ()
    %7 = "typed.box"(%2) : (!typed.dict<!typed.object, !typed.object>) -> !typed.object
    %8 = "typed.call"(%7) {callee = @P.body$object, py_name = "P"} : (!typed.object) -> !typed.object
    %9 = "typed.make_class"(%1, %2) {fields = ["x"], float_fields = [0 : i64], name = "P"} : (!typed.tuple, !typed.dict<!typed.object, !typed.object>) -> !typed.object
    "typed.store_global"(%9) {name = "P"} : (!typed.object) -> ()
    %10 = "typed.const_float"() {value = 1.5e0 : f64} : () -> !typed.float
    %11 = "typed.load_global"() {name = "P"} : () -> !typed.object
    %12 = "typed.instance.new"(%11) {class = "P"} : (!typed.object) -> !typed.instance.P
    %13 = "typed.call"(%12, %10) {callee = @P.__init__$instance.P$float, py_name = "P.__init__"} : (!typed.instance.P, !typed.float) -> !typed.none
    "typed.store_global"(%12) {name = "p"} : (!typed.instance.P) -> ()
    %14 = "typed.load_global"() {name = "p"} : () -> !typed.instance.P
    %15 = "typed.const_float"() {value = 2.5e-1 : f64} : () -> !typed.float
    %16 = "typed.call"(%14, %15) {callee = @P.bump$instance.P$float, py_name = "P.bump"} : (!typed.instance.P, !typed.float) -> !typed.float
    %17 = "typed.builtin"() {name = "print"} : () -> !typed.object
    %18 = "typed.box"(%16) : (!typed.float) -> !typed.object
    %19 = "typed.obj.call"(%17, %18) {kwnames = [""]} : (!typed.object, !typed.object) -> !typed.none
    %20 = "typed.const_none"() : () -> !typed.none
    "typed.return"(%20) : (!typed.none) -> ()
  }) {function_type = () -> !typed.none, local_types = [], locals = [], py_name = "__main__", sym_name = "__main__"} : () -> ()
  "typed.func"() ({
  ^bb2(%arg2_0: !typed.object):
    %21 = "typed.make_function"() {callee = @P.__init__.1$object$object, code = "__init__\nP.__init__\n2 0 0 0 0\nself\nx", kw_default_names = [], num_cells = 0 : i64, num_defaults = 0 : i64} : () -> !typed.object
    "typed.store_name"(%arg2_0, %21) {name = "__init__"} : (!typed.object, !typed.object) -> ()
    %22 = "typed.make_function"() {callee = @P.bump.2$object$object, code = "bump\nP.bump\n2 0 0 0 0\nself\nd", kw_default_names = [], num_cells = 0 : i64, num_defaults = 0 : i64} : () -> !typed.object
    "typed.store_name"(%arg2_0, %22) {name = "bump"} : (!typed.object, !typed.object) -> ()
    %23 = "typed.const_none"() : () -> !typed.none
    %24 = "typed.box"(%23) : (!typed.none) -> !typed.object
    "typed.return"(%24) : (!typed.object) -> ()
  }) {function_type = (!typed.object) -> !typed.object, local_types = [], locals = [], py_name = "P", sym_name = "P.body$object"} : () -> ()
  "typed.func"() ({
  ^bb3(%arg3_0: !typed.instance.P, %arg3_1: !typed.float):
    "typed.store_local"(%arg3_0) {name = "self"} : (!typed.instance.P) -> ()
    "typed.store_local"(%arg3_1) {name = "x"} : (!typed.float) -> ()
    %25 = "typed.load_local"() {name = "x"} : () -> !typed.float
    %26 = "typed.load_local"() {name = "self"} : () -> !typed.instance.P
    "typed.field.set"(%26, %25) {index = 0 : i64, name = "x", unboxed} : (!typed.instance.P, !typed.float) -> ()
    %27 = "typed.const_none"() : () -> !typed.none
    "typed.return"(%27) : (!typed.none) -> ()
  }) {function_type = (!typed.instance.P, !typed.float) -> !typed.none, local_types = [!typed.instance.P, !typed.float], locals = ["self", "x"], py_name = "__init__", sym_name = "P.__init__$instance.P$float"} : () -> ()
  "typed.func"() ({
  ^bb4(%arg4_0: !typed.instance.P, %arg4_1: !typed.float):
    "typed.store_local"(%arg4_0) {name = "self"} : (!typed.instance.P) -> ()
    "typed.store_local"(%arg4_1) {name = "d"} : (!typed.float) -> ()
    %28 = "typed.load_local"() {name = "self"} : () -> !typed.instance.P
    %29 = "typed.field.get"(%28) {index = 0 : i64, name = "x", unboxed} : (!typed.instance.P) -> !typed.float
    %30 = "typed.load_local"() {name = "d"} : () -> !typed.float
    %31 = "typed.float.binop"(%29, %30) {op = "add"} : (!typed.float, !typed.float) -> !typed.float
    "typed.field.set"(%28, %31) {index = 0 : i64, name = "x", unboxed} : (!typed.instance.P, !typed.float) -> ()
    %32 = "typed.load_local"() {name = "self"} : () -> !typed.instance.P
    %33 = "typed.field.get"(%32) {index = 0 : i64, name = "x", unboxed} : (!typed.instance.P) -> !typed.float
    %34 = "typed.const_float"() {value = 2.0e0 : f64} : () -> !typed.float
    %35 = "typed.float.binop"(%33, %34) {op = "mul"} : (!typed.float, !typed.float) -> !typed.float
    "typed.return"(%35) : (!typed.float) -> ()
  }) {function_type = (!typed.instance.P, !typed.float) -> !typed.float, local_types = [!typed.instance.P, !typed.float], locals = ["self", "d"], py_name = "bump", sym_name = "P.bump$instance.P$float"} : () -> ()
  "typed.func"() ({
  ^bb5(%arg5_0: !typed.object, %arg5_1: !typed.object):
    "typed.store_local"(%arg5_0) {name = "self"} : (!typed.object) -> ()
    "typed.store_local"(%arg5_1) {name = "x"} : (!typed.object) -> ()
    %36 = "typed.load_local"() {name = "x"} : () -> !typed.object
    %37 = "typed.load_local"() {name = "self"} : () -> !typed.object
    "typed.obj.setattr"(%37, %36) {name = "x"} : (!typed.object, !typed.object) -> ()
    %38 = "typed.const_none"() : () -> !typed.none
    "typed.return"(%38) : (!typed.none) -> ()
  }) {function_type = (!typed.object, !typed.object) -> !typed.none, local_types = [!typed.object, !typed.object], locals = ["self", "x"], py_name = "__init__", sym_name = "P.__init__.1$object$object"} : () -> ()
  "typed.func"() ({
  ^bb6(%arg6_0: !typed.object, %arg6_1: !typed.object):
    "typed.store_local"(%arg6_0) {name = "self"} : (!typed.object) -> ()
    "typed.store_local"(%arg6_1) {name = "d"} : (!typed.object) -> ()
    %39 = "typed.load_local"() {name = "self"} : () -> !typed.object
    %40 = "typed.obj.getattr"(%39) {name = "x"} : (!typed.object) -> !typed.object
    %41 = "typed.load_local"() {name = "d"} : () -> !typed.object
    %42 = "typed.obj.inplace"(%40, %41) {op = "add"} : (!typed.object, !typed.object) -> !typed.object
    "typed.obj.setattr"(%39, %42) {name = "x"} : (!typed.object, !typed.object) -> ()
    %43 = "typed.load_local"() {name = "self"} : () -> !typed.object
    %44 = "typed.obj.getattr"(%43) {name = "x"} : (!typed.object) -> !typed.object
    %45 = "typed.const_float"() {value = 2.0e0 : f64} : () -> !typed.float
    %46 = "typed.box"(%45) : (!typed.float) -> !typed.object
    %47 = "typed.obj.binop"(%44, %46) {op = "mul"} : (!typed.object, !typed.object) -> !typed.object
    "typed.return"(%47) : (!typed.object) -> ()
  }) {function_type = (!typed.object, !typed.object) -> !typed.object, local_types = [!typed.object, !typed.object], locals = ["self", "d"], py_name = "bump", sym_name = "P.bump.2$object$object"} : () -> ()
}) : () -> ()
// CHECK: "machine.data"() {bytes = "x:f", sym_name = "d.{{n}}"}
// CHECK: {callee = @rt_class_set_fields}
// __init__: the value stored, then the bound bit set.
// CHECK: "machine.store"({{x}}, {{self}}) {offset = 40 : i64} : (f64, i64) -> ()
// CHECK-NEXT: "machine.load"({{self}}) {offset = 32 : i64} : (i64) -> i64
// CHECK-NEXT: "machine.const"() {value = 1 : i64}
// CHECK-NEXT: "machine.bor"
// CHECK-NEXT: "machine.store"({{bits}}, {{self}}) {offset = 32 : i64}
// bump: self.x += d tests the bit once, stores without touching it; self.x * 2.0 reads the
// slot directly.
// CHECK: "machine.load"({{self}}) {offset = 32 : i64} : (i64) -> i64
// CHECK-NEXT: "machine.const"() {value = 1 : i64}
// CHECK-NEXT: "machine.band"
// CHECK: "machine.load"({{self}}) {offset = 40 : i64} : (i64) -> f64
// CHECK: "machine.fadd"
// CHECK-NEXT: "machine.store"({{sum}}, {{self}}) {offset = 40 : i64} : (f64, i64) -> ()
// CHECK-NOT: {offset = 32 : i64}
// CHECK: "machine.load"({{self}}) {offset = 40 : i64} : (i64) -> f64
// CHECK-NEXT: "machine.fconst"
// CHECK-NEXT: "machine.fmul"
// CHECK: sym_name = "P.bump$instance.P$float"

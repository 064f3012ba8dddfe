// RUN: metal0 opt --passes=infer
// Annotations as hints. `scale` is rebound, so it is a function object whose instance takes
// objects; its annotated parameters make it test their exact types on entry and call the
// instance typed by them (`scale$float$int$object`, whose result is a float) when they
// match, else run its own dynamic body. The evaluated annotations become `__annotations__`.
// Source:
//   def scale(x: float, n: int, s):
//       return x * n
//   scale = scale
"builtin.module"() ({
^bb0:
  "py.module"() ({
  ^bb1:
    %0 = "py.load_builtin"() {name = "float"} : () -> !py.object
    %1 = "py.load_builtin"() {name = "int"} : () -> !py.object
    %2 = "py.func"(%0, %1) ({
    ^bb2(%arg2_0: !py.object, %arg2_1: !py.object, %arg2_2: !py.object):
      "py.store_local"(%arg2_0) {name = "x"} : (!py.object) -> ()
      "py.store_local"(%arg2_1) {name = "n"} : (!py.object) -> ()
      "py.store_local"(%arg2_2) {name = "s"} : (!py.object) -> ()
      %3 = "py.load_local"() {name = "x"} : () -> !py.object
      %4 = "py.load_local"() {name = "n"} : () -> !py.object
      %5 = "py.binop"(%3, %4) {op = "mul"} : (!py.object, !py.object) -> !py.object
      "py.return"(%5) : (!py.object) -> ()
    }) {annotation_names = ["x", "n"], annotations = ["float", "int", ""], arg_kinds = ["pos", "pos", "pos"], arg_names = ["x", "n", "s"], cellvars = [], freevars = [], locals = ["x", "n", "s"], num_decorators = 0 : i64, num_defaults = 0 : i64, num_kw_defaults = 0 : i64, qualname = "scale", sym_name = "scale"} : (!py.object, !py.object) -> !py.object
    "py.store_global"(%2) {name = "scale"} : (!py.object) -> ()
    %6 = "py.load_global"() {name = "scale"} : () -> !py.object
    "py.store_global"(%6) {name = "scale"} : (!py.object) -> ()
  }) {filename = "hints.py", sym_name = "__main__"} : () -> ()
}) : () -> ()
// CHECK: "typed.dict.new"
// CHECK: "typed.make_function"(%6) {annotations, callee = @scale$object$object$object
// CHECK: "typed.builtin"() {name = "float"}
// CHECK: "typed.type_is"(%arg2_0, %10) {type = "float"} : (!typed.object, !typed.object) -> !typed.bool
// CHECK: "typed.if"(%11)
// CHECK: "typed.unbox"(%arg2_0) : (!typed.object) -> !typed.float
// CHECK: "typed.type_is"(%arg2_1, %13) {type = "int"}
// CHECK: "typed.unbox"(%arg2_1) : (!typed.object) -> !typed.int
// CHECK: "typed.call"(%12, %15, %arg2_2) {callee = @scale$float$int$object, py_name = "scale"} : (!typed.float, !typed.int, !typed.object) -> !typed.float
// CHECK: "typed.box"
// CHECK: "typed.return"
// CHECK: "typed.obj.binop"
// CHECK: sym_name = "scale$object$object$object"
// CHECK: function_type = (!typed.float, !typed.int, !typed.object) -> !typed.float
// CHECK: sym_name = "scale$float$int$object"
// -----
// A name the module binds is not the builtin: `int` here is no hint (and `s`, annotated with
// a name of no type an exact test decides, neither). Source:
//   int = str
//   def f(x: int, s: "List[int]"):
//       return x
//   f = f
"builtin.module"() ({
^bb0:
  "py.module"() ({
  ^bb1:
    %0 = "py.load_builtin"() {name = "str"} : () -> !py.object
    "py.store_global"(%0) {name = "int"} : (!py.object) -> ()
    %1 = "py.load_global"() {name = "int"} : () -> !py.object
    %2 = "py.const_str"() {value = "List[int]"} : () -> !py.object
    %3 = "py.func"(%1, %2) ({
    ^bb2(%arg2_0: !py.object, %arg2_1: !py.object):
      "py.store_local"(%arg2_0) {name = "x"} : (!py.object) -> ()
      "py.store_local"(%arg2_1) {name = "s"} : (!py.object) -> ()
      %4 = "py.load_local"() {name = "x"} : () -> !py.object
      "py.return"(%4) : (!py.object) -> ()
    }) {annotation_names = ["x", "s"], annotations = ["int", "'List[int]'"], arg_kinds = ["pos", "pos"], arg_names = ["x", "s"], cellvars = [], freevars = [], locals = ["x", "s"], num_decorators = 0 : i64, num_defaults = 0 : i64, num_kw_defaults = 0 : i64, qualname = "f", sym_name = "f"} : (!py.object, !py.object) -> !py.object
    "py.store_global"(%3) {name = "f"} : (!py.object) -> ()
    %5 = "py.load_global"() {name = "f"} : () -> !py.object
    "py.store_global"(%5) {name = "f"} : (!py.object) -> ()
  }) {filename = "hints2.py", sym_name = "__main__"} : () -> ()
}) : () -> ()
// CHECK: sym_name = "f$object$object"
// CHECK-NOT: typed.type_is

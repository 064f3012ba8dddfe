// RUN: lower-machine,generator-frames
// A generator function: the creator makes the generator (rt_gen_new with its resume function
// and the frame size the frame pass computed) and stores the parameter, owned, in frame slot 1;
// the resume function reloads the parameter on every entry, dispatches on the state word to
// the start or to the point after the `yield`, stores resume point 1 before returning the
// yielded value, raises an exception thrown in (sent value 0), and marks itself finished (-1)
// when it returns; its variables live in the frame.

"builtin.module"() ({
^bb0:
  "typed.global"() {sym_name = "__name__", type = !typed.str} : () -> ()
  "typed.global"() {sym_name = "gen", type = !typed.func} : () -> ()
  "typed.func"() ({
  ^bb1:
    %0 = "typed.const_str"() {value = "__main__"} : () -> !typed.str
    "typed.store_global"(%0) {name = "__name__"} : (!typed.str) -> ()
    "typed.define_function"() {name = "gen"} : () -> ()
    %1 = "typed.const_int"() {value = 1 : i64} : () -> !typed.int
    %2 = "typed.call"(%1) {callee = @gen$int, py_name = "gen"} : (!typed.int) -> !typed.object
    %3 = "typed.builtin"() {name = "list"} : () -> !typed.object
    %4 = "typed.obj.call"(%3, %2) {kwnames = [""]} : (!typed.object, !typed.object) -> !typed.list
    %5 = "typed.builtin"() {name = "print"} : () -> !typed.object
    %6 = "typed.obj.call"(%5, %4) {kwnames = [""]} : (!typed.object, !typed.list) -> !typed.none
    %7 = "typed.const_none"() : () -> !typed.none
    "typed.return"(%7) : (!typed.none) -> ()
  }) {function_type = () -> !typed.none, local_types = [], locals = [], py_name = "__main__", sym_name = "__main__"} : () -> ()
  "typed.func"() ({
  ^bb2(%arg2_0: !typed.int):
    "typed.store_local"(%arg2_0) {name = "a"} : (!typed.int) -> ()
    %8 = "typed.load_local"() {name = "a"} : () -> !typed.int
    %9 = "typed.yield"(%8) : (!typed.int) -> !typed.object
    "typed.store_local"(%9) {name = "x"} : (!typed.object) -> ()
    %10 = "typed.load_local"() {name = "x"} : () -> !typed.object
    "typed.return"(%10) : (!typed.object) -> ()
  }) {code = "gen\ngen\n1 0 0 0 0\na", function_type = (!typed.int) -> !typed.object, generator, local_types = [!typed.int, !typed.object], locals = ["a", "x"], py_name = "gen", sym_name = "gen$int"} : () -> ()
}) : () -> ()

// CHECK: sym_name = "m0_main"
// The creator.
// CHECK-NOT: rt_traceback_add
// CHECK-COUNT-1: {callee = @rt_code_const}
// CHECK: {symbol = @gen$int.resume}
// CHECK-NEXT: {frame_words_of = "gen$int.resume", value = 9 : i64}
// CHECK: {callee = @rt_gen_new}
// CHECK: {callee = @rt_gen_frame}
// CHECK: {offset = 8 : i64} : (i64, !machine.ptr) -> ()
// CHECK: sym_name = "gen$int"
// The resume function: the parameter, the depth check, the body (the yield stores resume
// point 1; the return, -1), then the dispatch on the state word.
// CHECK: {offset = 8 : i64} : (!machine.ptr) -> i64
// CHECK-NEXT: "machine.const"() {value = 999 : i64}
// CHECK: "machine.const"() {value = 1 : i64}
// CHECK-NEXT: {offset = 0 : i64} : (i64, !machine.ptr) -> ()
// CHECK: "machine.const"() {value = -1 : i64}
// CHECK-NEXT: {offset = 0 : i64} : (i64, !machine.ptr) -> ()
// CHECK: {offset = 0 : i64} : (!machine.ptr) -> i64
// CHECK-NEXT: {value = 1 : i64}
// CHECK-NEXT: {pred = "eq"}
// CHECK-NEXT: "machine.cond_br"
// CHECK: frame_param = 1 : i64
// CHECK-COUNT-1: sym_name = "gen$int.resume", var_types = []

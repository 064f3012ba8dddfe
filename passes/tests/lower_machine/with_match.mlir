// RUN: lower-machine
// The protocol steps of `with` and `match`: runtime calls; their results are owned words
// (or bools) like any other op's.

// with: rt_with_enter returns __enter__()'s result and writes the bound __exit__ to a stack
// slot, read only once the call succeeded; rt_with_exit_exc gives the suppress flag (-1:
// error). Both words are dropped after their last use.
"typed.func"() ({
^bb0(%m: !typed.object):
  %0:2 = "typed.with.enter"(%m) : (!typed.object) -> (!typed.object, !typed.object)
  %1 = "typed.with.exit_exc"(%0#0, %0#1) : (!typed.object, !typed.object) -> !typed.bool
  "typed.return"(%1) : (!typed.bool) -> ()
}) {sym_name = "w$object", py_name = "w", function_type = (!typed.object) -> !typed.bool, locals = [], local_types = []} : () -> ()

// CHECK: "machine.stack_alloc"() {size = 8 : i64}
// CHECK: {callee = @rt_with_enter}
// CHECK-NEXT: "machine.const"() {value = 0 : i64}
// CHECK-NEXT: {pred = "eq"}
// CHECK-NEXT: "machine.cond_br"
// CHECK-NEXT: ^bb
// CHECK-NEXT: "machine.load"({{}}) {offset = 0 : i64}
// CHECK: {callee = @rt_with_exit_exc}
// CHECK-NEXT: "machine.const"() {value = -1 : i32}
// CHECK: {pred = "ne"}
// CHECK: {callee = @rt_decref}
// CHECK: {callee = @rt_decref}
// CHECK: "machine.return"

// -----

// match: a sequence test with the minimum length and the star flag; a mapping test on a
// keys tuple with the rest flag; a class test with the positional count and the keyword
// names as a cached tuple (`kw.N` slot). Errors (-1 or 0) go to the handler.
"typed.func"() ({
^bb0(%s: !typed.object, %keys: !typed.object, %cls: !typed.object):
  %0 = "typed.match.sequence"(%s) {count = 2 : i64, star} : (!typed.object) -> !typed.bool
  %1 = "typed.match.mapping"(%s, %keys) {has_rest} : (!typed.object, !typed.object) -> !typed.object
  %2 = "typed.match.class"(%s, %cls) {num_positional = 1 : i64, kwd_names = ["x", "y"]} : (!typed.object, !typed.object) -> !typed.object
  "typed.return"(%0) : (!typed.bool) -> ()
}) {sym_name = "m$object$object$object", py_name = "m", function_type = (!typed.object, !typed.object, !typed.object) -> !typed.bool, locals = [], local_types = []} : () -> ()

// CHECK: "machine.global"() {size = 8 : i64, sym_name = "kw.0"}
// CHECK: "machine.const"() {value = 2 : i64}
// CHECK-NEXT: "machine.const"() {value = 1 : i32}
// CHECK: = "machine.call"(%arg{{.*}}_0, %{{.*}}, %{{.*}}) {callee = @rt_match_sequence} : (i64, i64, i32) -> i32
// CHECK-NEXT: "machine.const"() {value = -1 : i32}
// CHECK: "machine.const"() {value = 1 : i32}
// CHECK: = "machine.call"(%arg{{.*}}_0, %arg{{.*}}_1, %{{.*}}) {callee = @rt_match_mapping} : (i64, i64, i32) -> i64
// CHECK: "machine.symbol_addr"() {symbol = @kw.0}
// CHECK: "machine.const"() {value = 1 : i64}
// CHECK: = "machine.call"(%arg{{.*}}_0, %arg{{.*}}_2, %{{.*}}, %{{.*}}) {callee = @rt_match_class} : (i64, i64, i64, i64) -> i64
// CHECK: "machine.call"({{.*}}) {callee = @rt_tuple_new}

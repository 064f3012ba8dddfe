// RUN: lower-machine
// Structured control flow to a CFG: loops, break/continue/else, and/or/ifexp.

// for_range over small ints: tagged compare in the head, sadd_overflow in the latch (overflow
// means past stop: go to the else region); the counter is moved into `i`; continue goes to the
// latch; break skips the else region; the iterator of `for` is dropped after the loop.
"typed.func"() ({
^bb2(%arg2_0: !typed.int, %arg2_1: !typed.list):
  "typed.store_local"(%arg2_0) {name = "n"} : (!typed.int) -> ()
  "typed.store_local"(%arg2_1) {name = "xs"} : (!typed.list) -> ()
  "typed.store_local"(%arg2_0) {name = "n"} : (!typed.int) -> ()
  "typed.store_local"(%arg2_1) {name = "xs"} : (!typed.list) -> ()
  %11 = "typed.const_int"() {value = 0 : i64} : () -> !typed.int
  "typed.store_local"(%11) {name = "t"} : (!typed.int) -> ()
  %12 = "typed.load_local"() {name = "n"} : () -> !typed.int
  %13 = "typed.const_int"() {value = 0 : i64} : () -> !typed.int
  %14 = "typed.const_int"() {value = 1 : i64} : () -> !typed.int
  "typed.for_range"(%13, %12, %14) ({
  ^bb3(%arg3_0: !typed.int):
    "typed.store_local"(%arg3_0) {name = "i"} : (!typed.int) -> ()
    %15 = "typed.load_local"() {name = "i"} : () -> !typed.int
    %16 = "typed.const_int"() {value = 3 : i64} : () -> !typed.int
    %17 = "typed.int.cmp"(%15, %16) {op = "eq"} : (!typed.int, !typed.int) -> !typed.bool
    "typed.if"(%17) ({
    ^bb4:
      "typed.continue"() : () -> ()
    }, {
    ^bb5:
    }) : (!typed.bool) -> ()
    %18 = "typed.load_local"() {name = "t"} : () -> !typed.int
    %19 = "typed.load_local"() {name = "i"} : () -> !typed.int
    %20 = "typed.int.binop"(%18, %19) {op = "add"} : (!typed.int, !typed.int) -> !typed.int
    "typed.store_local"(%20) {name = "t"} : (!typed.int) -> ()
  }, {
  ^bb6:
    %21 = "typed.load_local"() {name = "t"} : () -> !typed.int
    %22 = "typed.const_int"() {value = 1 : i64} : () -> !typed.int
    %23 = "typed.int.binop"(%21, %22) {op = "sub"} : (!typed.int, !typed.int) -> !typed.int
    "typed.store_local"(%23) {name = "t"} : (!typed.int) -> ()
  }) : (!typed.int, !typed.int, !typed.int) -> ()
  %24 = "typed.load_local"() {name = "xs"} : () -> !typed.list
  %25 = "typed.obj.iter"(%24) : (!typed.list) -> !typed.object
  "typed.for"(%25) ({
  ^bb7(%arg7_0: !typed.object):
    "typed.store_local"(%arg7_0) {name = "x"} : (!typed.object) -> ()
    %26 = "typed.load_local"() {name = "x"} : () -> !typed.object
    %27 = "typed.truthy"(%26) : (!typed.object) -> !typed.bool
    "typed.if"(%27) ({
    ^bb8:
      "typed.break"() : () -> ()
    }, {
    ^bb9:
    }) : (!typed.bool) -> ()
  }, {
  ^bb10:
  }) : (!typed.object) -> ()
  "typed.while"() ({
  ^bb11:
    %28 = "typed.load_local"() {name = "t"} : () -> !typed.int
    %29 = "typed.const_int"() {value = 0 : i64} : () -> !typed.int
    %30 = "typed.int.cmp"(%28, %29) {op = "gt"} : (!typed.int, !typed.int) -> !typed.bool
    "typed.result"(%30) : (!typed.bool) -> ()
  }, {
  ^bb12:
    %31 = "typed.load_local"() {name = "t"} : () -> !typed.int
    %32 = "typed.const_int"() {value = 2 : i64} : () -> !typed.int
    %33 = "typed.int.binop"(%31, %32) {op = "sub"} : (!typed.int, !typed.int) -> !typed.int
    "typed.store_local"(%33) {name = "t"} : (!typed.int) -> ()
  }, {
  ^bb13:
  }) : () -> ()
  %34 = "typed.load_local"() {name = "t"} : () -> !typed.int
  "typed.return"(%34) : (!typed.int) -> ()
}) {function_type = (!typed.int, !typed.list) -> !typed.int, local_types = [!typed.int, !typed.list, !typed.int, !typed.int, !typed.object], locals = ["n", "xs", "t", "i", "x"], py_name = "loops", sym_name = "loops$int$list"} : () -> ()
// The parameters: the first stores need no decref of an old value; the list's count is
// incremented inline.
// CHECK: "machine.var_set"(%arg1_0) {var = 0 : i64}
// CHECK: "machine.load"(%arg1_1) {offset = 0 : i64}
// CHECK-NEXT: "machine.const"() {value = 1 : i64}
// CHECK-NEXT: "machine.iadd"
// CHECK-NEXT: "machine.store"({{x}}, %arg1_1) {offset = 0 : i64}
// CHECK: "machine.var_set"(%arg1_1) {var = 1 : i64}
// for i in range(n): n is read once (borrowed), start/step are constants.
// CHECK: "machine.var_get"() {var = 0 : i64}
// CHECK: "machine.band"
// CHECK: "machine.const"() {value = 2 : i64}
// CHECK: "machine.var_set"({{v}}) {var = 5 : i64}
// CHECK: "machine.var_get"() {var = 5 : i64}
// CHECK: {pred = "slt"}
// The body's counter: a new reference moved into `i`, whose old value is dropped.
// CHECK: "machine.var_get"() {var = 5 : i64}
// CHECK: "machine.var_get"() {var = 3 : i64}
// CHECK-NEXT: "machine.var_set"
// `if i == 3: continue` -> the latch
// CHECK: {pred = "eq"}
// The latch: step - 1 = 2 added with an overflow check; overflow -> the else region.
// CHECK: "machine.sadd_overflow"(%
// CHECK: "machine.var_set"
// CHECK-NEXT: "machine.cond_br"
// The counter is dropped after the loop.
// CHECK: "machine.var_get"() {var = 5 : i64}
// for x in xs: xs is a list, so an index loop reading its length (offset 32) every step and
// the item from its item array (offset 24), a new reference.
// CHECK: "machine.var_set"({{zero}}) {var = 9 : i64}
// CHECK: "machine.var_get"() {var = 9 : i64}
// CHECK-NEXT: "machine.load"({{xs}}) {offset = 32 : i64}
// CHECK-NEXT: "machine.icmp"({{j}}, {{len}}) {pred = "slt"}
// CHECK: "machine.load"({{xs}}) {offset = 24 : i64}
// CHECK: {callee = @rt_truthy}
// After the loop (break, or exhausted): drop the list reference the loop held.
// CHECK: "machine.isub"
// while t > 0
// CHECK: {pred = "sgt"}
// CHECK: "machine.ssub_overflow"
// return t: a new reference, then every local is dropped.
// CHECK: "machine.return"
// Unwind: drop every local, return 0 (and a failed recursion check on entry returns 0).
// CHECK-COUNT-3: "machine.return"
// The cold paths.
// CHECK-COUNT-3: {callee = @rt_int_cmp}
// CHECK-COUNT-0: {callee = @rt_err_occurred}
// CHECK-COUNT-1: "machine.select"

// -----

// and/or/ifexp: the result goes through a variable; the short-circuit path takes a new
// reference to the left operand (which stays a temporary of the enclosing block); ints
// test truthiness inline (word != tagged 0) with rt_truthy only for big ints.
"typed.func"() ({
^bb14(%arg14_0: !typed.int, %arg14_1: !typed.int):
  "typed.store_local"(%arg14_0) {name = "a"} : (!typed.int) -> ()
  "typed.store_local"(%arg14_1) {name = "b"} : (!typed.int) -> ()
  "typed.store_local"(%arg14_0) {name = "a"} : (!typed.int) -> ()
  "typed.store_local"(%arg14_1) {name = "b"} : (!typed.int) -> ()
  %35 = "typed.load_local"() {name = "a"} : () -> !typed.int
  %36 = "typed.and"(%35) ({
  ^bb15:
    %37 = "typed.load_local"() {name = "b"} : () -> !typed.int
    "typed.result"(%37) : (!typed.int) -> ()
  }) : (!typed.int) -> !typed.int
  %38 = "typed.or"(%36) ({
  ^bb16:
    %39 = "typed.load_local"() {name = "a"} : () -> !typed.int
    %40 = "typed.truthy"(%39) : (!typed.int) -> !typed.bool
    %41 = "typed.ifexp"(%40) ({
    ^bb17:
      %42 = "typed.load_local"() {name = "b"} : () -> !typed.int
      "typed.result"(%42) : (!typed.int) -> ()
    }, {
    ^bb18:
      %43 = "typed.load_local"() {name = "a"} : () -> !typed.int
      "typed.result"(%43) : (!typed.int) -> ()
    }) : (!typed.bool) -> !typed.int
    "typed.result"(%41) : (!typed.int) -> ()
  }) : (!typed.int) -> !typed.int
  "typed.return"(%38) : (!typed.int) -> ()
}) {function_type = (!typed.int, !typed.int) -> !typed.int, local_types = [!typed.int, !typed.int], locals = ["a", "b"], py_name = "logic", sym_name = "logic$int$int"} : () -> ()
// a and b: inline truthiness of the int a (a tagged word != 1)
// CHECK: {pred = "ne"}
// CHECK: {pred = "ne"}
// short path: a new reference to a (an int: inline big-int check) into the result variable
// CHECK: "machine.var_set"({{a}}) {var = 3 : i64}
// long path: the region's result b
// CHECK: "machine.var_set"({{b}}) {var = 3 : i64}
// CHECK: "machine.var_get"() {var = 3 : i64}
// ... or (b if a else a): the ifexp result moves into the `or` variable
// CHECK: "machine.var_get"() {var = 7 : i64}
// CHECK-NEXT: "machine.var_set"({{ifexp}}) {var = 5 : i64}
// CHECK: "machine.var_get"() {var = 5 : i64}
// CHECK: "machine.return"
// CHECK-COUNT-3: {callee = @rt_truthy}

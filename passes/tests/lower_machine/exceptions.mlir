// RUN: lower-machine
// Exceptions: error sites record a traceback entry then leave for the innermost handler;
// try/except dispatch; else; finally on the normal path, the exception path, and duplicated
// at each return/break/continue leaving it; raise, raise from, bare raise; assert.

// A small try/except/else: the dispatch fetches the exception, tests each clause with
// rt_exc_matches, and re-raises (restore, no new traceback entry) when none matches.
"typed.func"() ({
^bb0(%x: !typed.int):
  "typed.store_local"(%x) {name = "x"} : (!typed.int) -> ()
  "typed.try"() ({
    %0 = "typed.const_int"() {value = 10 : i64} : () -> !typed.int
    %1 = "typed.load_local"() {name = "x"} : () -> !typed.int
    %2 = "typed.int.binop"(%0, %1) {op = "floordiv"} : (!typed.int, !typed.int) -> !typed.int loc("t.py":3:9)
    "typed.store_local"(%2) {name = "r"} : (!typed.int) -> ()
  }, {
    "typed.except"() ({
      %3 = "typed.builtin"() {name = "ZeroDivisionError"} : () -> !typed.object loc("t.py":4:12)
      "typed.result"(%3) : (!typed.object) -> ()
    }, {
    ^bb1(%e: !typed.object):
      %4 = "typed.const_int"() {value = 0 : i64} : () -> !typed.int
      "typed.store_local"(%4) {name = "r"} : (!typed.int) -> ()
    }) : () -> ()
  }, {
    %5 = "typed.load_local"() {name = "r"} : () -> !typed.int
    "typed.return"(%5) : (!typed.int) -> ()
  }, {
  }) : () -> ()
  %6 = "typed.load_local"() {name = "r"} : () -> !typed.int loc("t.py":8:12)
  "typed.return"(%6) : (!typed.int) -> ()
}) {sym_name = "f$int", py_name = "f", function_type = (!typed.int) -> !typed.int, locals = ["x", "r"], local_types = [!typed.int, !typed.int]} : () -> () loc("t.py":1:1)
// The body: 10 // x; then the else region returns r (bound there: no check).
// CHECK: "machine.sdiv"
// CHECK: "machine.return"
// Cold: the slow path of //, whose error site goes to the dispatch block: fetch the
// exception, load the class, match; the class is dropped right after matching.
// CHECK: {callee = @rt_int_floordiv}
// CHECK: {callee = @rt_err_fetch}
// CHECK: {callee = @rt_load_builtin}
// CHECK: {callee = @rt_exc_matches}
// CHECK-NEXT: {callee = @rt_decref}
// The matched handler: r = 0, then leave it: restore the handled exception, drop ours.
// CHECK: {callee = @rt_exc_set_handled}
// CHECK: {callee = @rt_exc_restore_handled}
// CHECK-NEXT: "machine.var_get"() {var = 3 : i64}
// CHECK-NEXT: {callee = @rt_decref}
// No clause matched: the exception is restored and propagates without a new entry.
// CHECK: {callee = @rt_err_restore}
// CHECK-NEXT: "machine.br"
// After the try (reached from the handler only): r is checked (it is bound in nested
// regions only), then returned.
// CHECK: {callee = @rt_raise_unbound_local}
// CHECK: "machine.return"
// The traceback entries, as position words (line | (col + 1) << 32 | (end col + 1) << 48,
// 0-based columns): the floordiv at 3:9, the builtin lookup at 4:12, 8:12, once in each
// version of the function (x is known small in `f$int`; `f$int.general` is the rest).
// CHECK-COUNT-2: "machine.const"() {value = 2533313445101571 : i64}
// CHECK-COUNT-2: "machine.const"() {value = 3377751260135428 : i64}
// CHECK-COUNT-2: "machine.const"() {value = 3377751260135432 : i64}

// -----

// raise, raise ... from, bare raise and assert.
"typed.func"() ({
^bb0(%c: !typed.bool):
  "typed.if"(%c) ({
    %0 = "typed.builtin"() {name = "ValueError"} : () -> !typed.object
    "typed.raise"(%0) : (!typed.object) -> () loc("r.py":2:9)
  }, {
  }) : (!typed.bool) -> ()
  "typed.assert"(%c) ({
    %1 = "typed.const_str"() {value = "msg"} : () -> !typed.str
    "typed.result"(%1) : (!typed.str) -> ()
  }) : (!typed.bool) -> () loc("r.py":3:5)
  "typed.assert"(%c) ({
  }) : (!typed.bool) -> () loc("r.py":4:5)
  "typed.try"() ({
    %2 = "typed.builtin"() {name = "KeyError"} : () -> !typed.object
    %3 = "typed.const_none"() : () -> !typed.none
    "typed.raise"(%2, %3) {has_cause} : (!typed.object, !typed.none) -> () loc("r.py":6:9)
  }, {
    "typed.except"() ({
    }, {
      "typed.raise"() : () -> () loc("r.py":8:9)
    }) : () -> ()
  }, {
  }, {
  }) : () -> ()
}) {sym_name = "r$bool", py_name = "r", function_type = (!typed.bool) -> !typed.none, locals = [], local_types = []} : () -> () loc("r.py":1:1)
// raise ValueError: rt_raise, a traceback entry for 2:9, unwind (the class is borrowed
// from its cache slot: nothing to drop).
// CHECK: {callee = @rt_raise}
// CHECK: "machine.const"() {value = 2533313445101570 : i64}
// CHECK-NEXT: {callee = @rt_traceback_add}
// CHECK-NEXT: "machine.br"
// assert with a message: the message is evaluated only when the test fails (cold block).
// CHECK: "machine.cond_br"(%arg1_0)
// assert without a message
// CHECK: "machine.cond_br"(%arg1_0)
// raise KeyError from None
// CHECK: {callee = @rt_raise_from}
// Cold: the assertion failures, the message evaluated only there (a new reference to the
// constant, borrowed from its slot, given to rt_raise_assertion then dropped).
// CHECK: {callee = @rt_str_const}
// CHECK: {callee = @rt_incref}
// CHECK: {callee = @rt_raise_assertion}
// CHECK-NEXT: {callee = @rt_decref}
// CHECK: {callee = @rt_raise_assertion}
// The bare except matches without a test; the bare raise inside it adds no traceback entry,
// and leaving the handler on the error path restores the handled exception.
// CHECK: {callee = @rt_err_fetch}
// CHECK-NOT: rt_exc_matches
// CHECK: {callee = @rt_exc_set_handled}
// CHECK: {callee = @rt_reraise}
// CHECK-NEXT: "machine.br"
// CHECK: {callee = @rt_exc_restore_handled}
// Entries: 2 raises, 2 assertions; none for the bare raise, nor for the ops without a
// location (the builtin lookups and the str constant).
// CHECK-COUNT-4: {callee = @rt_traceback_add}
// CHECK-COUNT-1: {callee = @rt_exc_restore_handled}

// -----

// The CPython lowering of `except E as e` (a nested try/finally unbinding e), else, finally,
// assert, as produced by infer for:
//   def f(x):
//       try:
//           r = 10 // x
//       except ZeroDivisionError as e:
//           print("caught", e)
//           raise
//       except (TypeError, ValueError):
//           r = -1
//       else:
//           r = r + 1
//       finally:
//           print("done")
//       assert r > 0, "positive"
//       return r
"typed.func"() ({
^bb2(%arg2_0: !typed.int):
  "typed.store_local"(%arg2_0) {name = "x"} : (!typed.int) -> ()
  "typed.store_local"(%arg2_0) {name = "x"} : (!typed.int) -> ()
  "typed.try"() ({
  ^bb3:
    %5 = "typed.const_int"() {value = 10 : i64} : () -> !typed.int
    %6 = "typed.load_local"() {name = "x"} : () -> !typed.int
    %7 = "typed.int.binop"(%5, %6) {op = "floordiv"} : (!typed.int, !typed.int) -> !typed.int
    "typed.store_local"(%7) {name = "r"} : (!typed.int) -> ()
  }, {
  ^bb4:
    "typed.except"() ({
    ^bb5:
      %8 = "typed.builtin"() {name = "ZeroDivisionError"} : () -> !typed.object
      "typed.result"(%8) : (!typed.object) -> ()
    }, {
    ^bb6(%arg6_0: !typed.object):
      "typed.store_local"(%arg6_0) {name = "e"} : (!typed.object) -> ()
      %9 = "typed.const_none"() : () -> !typed.none
      %10 = "typed.box"(%9) : (!typed.none) -> !typed.object
      "typed.store_local"(%10) {name = "e"} : (!typed.object) -> ()
      "typed.try"() ({
      ^bb7:
        %11 = "typed.const_str"() {value = "caught"} : () -> !typed.str
        %12 = "typed.load_local"() {name = "e"} : () -> !typed.object
        %13 = "typed.builtin"() {name = "print"} : () -> !typed.object
        %14 = "typed.obj.call"(%13, %11, %12) {kwnames = ["", ""]} : (!typed.object, !typed.str, !typed.object) -> !typed.none
        "typed.raise"() : () -> ()
      }, {
      ^bb8:
      }, {
      ^bb9:
      }, {
      ^bb10:
        %15 = "typed.const_none"() : () -> !typed.none
        %16 = "typed.box"(%15) : (!typed.none) -> !typed.object
        "typed.store_local"(%16) {name = "e"} : (!typed.object) -> ()
        "typed.delete_local"() {name = "e"} : () -> ()
      }) : () -> ()
      %17 = "typed.const_none"() : () -> !typed.none
      %18 = "typed.box"(%17) : (!typed.none) -> !typed.object
      "typed.store_local"(%18) {name = "e"} : (!typed.object) -> ()
      "typed.delete_local"() {name = "e"} : () -> ()
    }) : () -> ()
    "typed.except"() ({
    ^bb11:
      %19 = "typed.builtin"() {name = "TypeError"} : () -> !typed.object
      %20 = "typed.builtin"() {name = "ValueError"} : () -> !typed.object
      %21 = "typed.tuple.new"(%19, %20) : (!typed.object, !typed.object) -> !typed.tuple<!typed.object, !typed.object>
      "typed.result"(%21) : (!typed.tuple<!typed.object, !typed.object>) -> ()
    }, {
    ^bb12(%arg12_0: !typed.object):
      %22 = "typed.const_int"() {value = 1 : i64} : () -> !typed.int
      %23 = "typed.int.neg"(%22) : (!typed.int) -> !typed.int
      "typed.store_local"(%23) {name = "r"} : (!typed.int) -> ()
    }) : () -> ()
  }, {
  ^bb13:
    %24 = "typed.load_local"() {name = "r"} : () -> !typed.int
    %25 = "typed.const_int"() {value = 1 : i64} : () -> !typed.int
    %26 = "typed.int.binop"(%24, %25) {op = "add"} : (!typed.int, !typed.int) -> !typed.int
    "typed.store_local"(%26) {name = "r"} : (!typed.int) -> ()
  }, {
  ^bb14:
    %27 = "typed.const_str"() {value = "done"} : () -> !typed.str
    %28 = "typed.builtin"() {name = "print"} : () -> !typed.object
    %29 = "typed.obj.call"(%28, %27) {kwnames = [""]} : (!typed.object, !typed.str) -> !typed.none
  }) : () -> ()
  %30 = "typed.load_local"() {name = "r"} : () -> !typed.int
  %31 = "typed.const_int"() {value = 0 : i64} : () -> !typed.int
  %32 = "typed.int.cmp"(%30, %31) {op = "gt"} : (!typed.int, !typed.int) -> !typed.bool
  "typed.assert"(%32) ({
  ^bb15:
    %33 = "typed.const_str"() {value = "positive"} : () -> !typed.str
    "typed.result"(%33) : (!typed.str) -> ()
  }) : (!typed.bool) -> ()
  %34 = "typed.load_local"() {name = "r"} : () -> !typed.int
  "typed.return"(%34) : (!typed.int) -> ()
}) {function_type = (!typed.int) -> !typed.int, local_types = [!typed.int, !typed.int, !typed.object], locals = ["x", "r", "e"], py_name = "f", sym_name = "f$int"} : () -> ()
// The body, then else: r + 1, then the normal-path copy of finally: print("done"), then
// assert r > 0 and return r.
// CHECK: "machine.sdiv"
// CHECK: "machine.sadd_overflow"
// CHECK: {callee = @rt_call}
// CHECK: "machine.return"
// Cold: the dispatch and its first clause.
// CHECK: {callee = @rt_err_fetch}
// CHECK: {callee = @rt_exc_matches}
// CHECK: {callee = @rt_exc_set_handled}
// The inner try/finally of the handler: the bare `raise` adds no traceback entry and goes
// to the inner finally's exception path, which unbinds e, then restores (the handled
// exception, then the exception) and leaves for the clause's cleanup, which restores the
// outer handled exception and drops the caught one; then the outer finally's exception path.
// CHECK: {callee = @rt_reraise}
// CHECK-NEXT: "machine.br"
// CHECK: {callee = @rt_err_fetch}
// CHECK: {callee = @rt_exc_set_handled}
// CHECK: {callee = @rt_exc_restore_handled}
// CHECK: {callee = @rt_err_restore}
// CHECK: {callee = @rt_exc_restore_handled}
// CHECK: {callee = @rt_decref}
// The second clause: a tuple of classes.
// CHECK: {callee = @rt_tuple_new}
// CHECK: {callee = @rt_exc_matches}
// The outer finally on the exception path.
// CHECK: {callee = @rt_err_fetch}
// CHECK: {callee = @rt_exc_set_handled}
// CHECK: {callee = @rt_call}
// CHECK: {callee = @rt_exc_restore_handled}
// CHECK-NEXT: "machine.var_get"
// CHECK-NEXT: {callee = @rt_err_restore}
// CHECK-COUNT-1: {callee = @rt_raise_assertion}
// CHECK-COUNT-1: {callee = @rt_reraise}
// CHECK-COUNT-3: {callee = @rt_err_fetch}

// -----

// break and continue leaving a try/finally inside a loop: each runs its own copy of the
// finally region; `raise ... from None`.
"typed.func"() ({
^bb2(%arg2_0: !typed.list):
  "typed.store_local"(%arg2_0) {name = "xs"} : (!typed.list) -> ()
  "typed.store_local"(%arg2_0) {name = "xs"} : (!typed.list) -> ()
  %5 = "typed.load_local"() {name = "xs"} : () -> !typed.list
  %6 = "typed.obj.iter"(%5) : (!typed.list) -> !typed.object
  "typed.for"(%6) ({
  ^bb3(%arg3_0: !typed.object):
    "typed.store_local"(%arg3_0) {name = "x"} : (!typed.object) -> ()
    "typed.try"() ({
    ^bb4:
      %7 = "typed.load_local"() {name = "x"} : () -> !typed.object
      %8 = "typed.truthy"(%7) : (!typed.object) -> !typed.bool
      "typed.if"(%8) ({
      ^bb5:
        "typed.break"() : () -> ()
      }, {
      ^bb6:
      }) : (!typed.bool) -> ()
      "typed.continue"() : () -> ()
    }, {
    ^bb7:
    }, {
    ^bb8:
    }, {
    ^bb9:
      %9 = "typed.load_local"() {name = "x"} : () -> !typed.object
      %10 = "typed.builtin"() {name = "print"} : () -> !typed.object
      %11 = "typed.obj.call"(%10, %9) {kwnames = [""]} : (!typed.object, !typed.object) -> !typed.none
    }) : () -> ()
  }, {
  ^bb10:
  }) : (!typed.object) -> ()
  %12 = "typed.const_str"() {value = "bad"} : () -> !typed.str
  %13 = "typed.builtin"() {name = "ValueError"} : () -> !typed.object
  %14 = "typed.obj.call"(%13, %12) {kwnames = [""]} : (!typed.object, !typed.str) -> !typed.object
  %15 = "typed.const_none"() : () -> !typed.none
  "typed.raise"(%14, %15) {has_cause} : (!typed.object, !typed.none) -> ()
}) {function_type = (!typed.list) -> !typed.none, local_types = [!typed.list, !typed.object], locals = ["xs", "x"], py_name = "g", sym_name = "g$list"} : () -> ()
// CHECK: "machine.load"({{xs}}) {offset = 24 : i64}
// break: print(x), then the loop exit
// CHECK: {callee = @rt_call}
// CHECK: "machine.br"
// continue: print(x), then the loop head
// CHECK: {callee = @rt_call}
// CHECK: "machine.br"
// After the loop: the list reference of the loop is dropped; raise ValueError("bad") from None.
// CHECK: "machine.isub"
// CHECK: {callee = @rt_call}
// CHECK: {callee = @rt_raise_from}
// Cold: the exception path of the finally (print(x) again), then unwinding drops the
// iterator.
// CHECK: {callee = @rt_err_fetch}
// CHECK: {callee = @rt_call}
// CHECK: {callee = @rt_err_restore}
// CHECK-NEXT: "machine.const"() {value = 1 : i64}
// CHECK-NEXT: "machine.band"
// CHECK-NEXT: "machine.const"() {value = 0 : i64}
// CHECK-NEXT: {pred = "eq"}
// CHECK-NEXT: "machine.cond_br"
// CHECK-NEXT: ^bb
// CHECK-NEXT: {callee = @rt_decref}
// CHECK-COUNT-4: {callee = @rt_call}

// -----

// A frame left by an exception hands its owned object locals to the exception
// (rt_traceback_keep, which keeps them alive with it, as CPython's traceback keeps the frame)
// instead of dropping them; a normal return drops them.
"typed.func"() ({
^bb0(%o: !typed.object):
  %0 = "typed.list.new"() : () -> !typed.list<!typed.object>
  "typed.store_local"(%0) {name = "xs"} : (!typed.list<!typed.object>) -> ()
  %1 = "typed.builtin"() {name = "ValueError"} : () -> !typed.object
  %2 = "typed.const_none"() : () -> !typed.none
  "typed.raise"(%1, %2) : (!typed.object, !typed.none) -> () loc("k.py":3:5)
}) {sym_name = "k", py_name = "k", function_type = (!typed.object) -> !typed.none, locals = ["xs"], local_types = [!typed.list<!typed.object>]} : () -> () loc("k.py":1:1)
// CHECK: {callee = @rt_raise_from}
// CHECK: {callee = @rt_traceback_add}
// CHECK: "machine.var_get"() {var = 0 : i64}
// CHECK-NEXT: {callee = @rt_traceback_keep}
// CHECK-NEXT: "machine.const"() {value = 0 : i64}
// CHECK-NEXT: "machine.return"

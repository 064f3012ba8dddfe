// RUN: lower-machine
// Reference counting: temporaries are dropped after their last use (or moved into a store,
// a result or a return); loads are borrowed unless the variable may change before the
// value's last use; jumps and error paths drop what the scopes they leave hold.

// Moves and borrows: the parameter is borrowed from the caller and never reassigned, so its
// local keeps borrowing (no incref, no decref at return); a load used only before any write
// is borrowed; a fresh value stored is moved (no incref); the returned tuple is moved out;
// the other locals are dropped at return.
"typed.func"() ({
^bb0(%x: !typed.object):
  "typed.store_local"(%x) {name = "x"} : (!typed.object) -> ()
  %0 = "typed.load_local"() {name = "x"} : () -> !typed.object
  "typed.store_local"(%0) {name = "y"} : (!typed.object) -> ()
  %1 = "typed.const_str"() {value = "s"} : () -> !typed.str
  "typed.store_local"(%1) {name = "z"} : (!typed.str) -> ()
  %2 = "typed.load_local"() {name = "y"} : () -> !typed.object
  %3 = "typed.load_local"() {name = "z"} : () -> !typed.str
  %4 = "typed.tuple.new"(%2, %3) : (!typed.object, !typed.str) -> !typed.tuple<!typed.object, !typed.str>
  "typed.return"(%4) : (!typed.tuple<!typed.object, !typed.str>) -> ()
}) {sym_name = "f", py_name = "f", function_type = (!typed.object) -> !typed.tuple<!typed.object, !typed.str>, locals = ["x", "y", "z"], local_types = [!typed.object, !typed.object, !typed.str]} : () -> ()
// x = param: the caller's reference
// CHECK-NOT: rt_incref
// CHECK: "machine.var_set"(%arg1_0) {var = 0 : i64}
// y = x: borrowed load, incref for the store: inline, for an object (tag bit clear, not 0)
// CHECK-NEXT: "machine.var_get"() {var = 0 : i64}
// CHECK-NEXT: "machine.const"() {value = 1 : i64}
// CHECK-NEXT: "machine.band"
// CHECK-NEXT: "machine.const"() {value = 0 : i64}
// CHECK-NEXT: {pred = "eq"}
// CHECK-NEXT: "machine.const"() {value = 0 : i64}
// CHECK-NEXT: {pred = "ne"}
// CHECK-NEXT: "machine.band"
// CHECK-NEXT: "machine.cond_br"
// CHECK-NEXT: ^bb
// CHECK-NEXT: "machine.load"({{x}}) {offset = 0 : i64}
// CHECK-NEXT: "machine.const"() {value = 1 : i64}
// CHECK-NEXT: "machine.iadd"
// CHECK-NEXT: "machine.store"({{n}}, {{x}}) {offset = 0 : i64}
// CHECK-NEXT: "machine.br"
// CHECK-NEXT: ^bb
// CHECK-NEXT: "machine.var_set"({{x}}) {var = 1 : i64}
// z = "s": the constant is borrowed from its cache slot (read inline; rt_str_const fills it
// on first use, on a cold path), so z takes a new reference (a str: no tag test)
// CHECK: {symbol = @str.0}
// CHECK-NEXT: "machine.load"
// CHECK: {pred = "ne"}
// CHECK-NEXT: "machine.cond_br"
// CHECK-NEXT: ^bb
// CHECK-NEXT: "machine.load"({{s}}) {offset = 0 : i64}
// CHECK: "machine.var_set"({{s}}) {var = 2 : i64}
// (y, z): borrowed loads, the tuple takes its own references
// CHECK: "machine.var_get"() {var = 1 : i64}
// CHECK-NEXT: "machine.var_get"() {var = 2 : i64}
// CHECK-NOT: "machine.iadd"
// CHECK: {callee = @rt_tuple_new}
// return: the tuple moves out; y and z are dropped: the count decremented inline, and
// rt_decref (cold) frees an object whose count is 1
// CHECK-NOT: "machine.iadd"
// CHECK: "machine.var_get"() {var = 1 : i64}
// CHECK: "machine.load"({{y}}) {offset = 0 : i64}
// CHECK-NEXT: "machine.const"() {value = 1 : i64}
// CHECK-NEXT: {pred = "eq"}
// CHECK-NEXT: "machine.cond_br"
// CHECK-NEXT: ^bb
// CHECK-NEXT: "machine.const"() {value = 1 : i64}
// CHECK-NEXT: "machine.isub"
// CHECK: "machine.var_get"() {var = 2 : i64}
// CHECK: "machine.isub"
// CHECK: "machine.return"
// CHECK-COUNT-0: {callee = @rt_incref}
// CHECK-COUNT-1: {callee = @rt_str_const}

// -----

// A load whose variable is overwritten before the value's last use takes a reference; a
// temporary used inside a nested region is dropped after the op that owns the region.
"typed.func"() ({
^bb0(%x: !typed.object, %c: !typed.bool):
  "typed.store_local"(%x) {name = "x"} : (!typed.object) -> ()
  %0 = "typed.load_local"() {name = "x"} : () -> !typed.object
  %1 = "typed.const_str"() {value = "new"} : () -> !typed.str
  "typed.store_local"(%1) {name = "x"} : (!typed.str) -> ()
  "typed.if"(%c) ({
    "typed.store_local"(%0) {name = "y"} : (!typed.object) -> ()
  }, {
  }) : (!typed.bool) -> ()
  %2 = "typed.const_none"() : () -> !typed.none
  "typed.return"(%2) : (!typed.none) -> ()
}) {sym_name = "g", py_name = "g", function_type = (!typed.object, !typed.bool) -> !typed.none, locals = ["x", "y"], local_types = [!typed.object, !typed.object]} : () -> ()
// CHECK: "machine.var_set"(%arg1_0) {var = 0 : i64}
// The load of x takes a reference: x is overwritten before the value's last use.
// CHECK-NEXT: "machine.var_get"() {var = 0 : i64}
// CHECK-NEXT: "machine.const"() {value = 1 : i64}
// CHECK-NEXT: "machine.band"
// CHECK-NEXT: "machine.const"() {value = 0 : i64}
// CHECK-NEXT: {pred = "eq"}
// CHECK-NEXT: "machine.const"() {value = 0 : i64}
// CHECK-NEXT: {pred = "ne"}
// CHECK-NEXT: "machine.band"
// CHECK-NEXT: "machine.cond_br"
// CHECK-NEXT: ^bb
// CHECK-NEXT: "machine.load"({{old_x}}) {offset = 0 : i64}
// CHECK-NEXT: "machine.const"() {value = 1 : i64}
// CHECK-NEXT: "machine.iadd"
// x = "new": a new reference to the constant (borrowed from its slot); the old value dropped
// CHECK: {symbol = @str.0}
// CHECK: "machine.iadd"
// CHECK: "machine.var_get"() {var = 0 : i64}
// CHECK-NEXT: "machine.var_set"
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
// In the if: y = old x takes a new reference (the value belongs to the enclosing block) ...
// CHECK: "machine.cond_br"(%arg1_1)
// CHECK: "machine.iadd"
// CHECK: "machine.var_set"({{old_x}}) {var = 1 : i64}
// ... which drops it after the if.
// CHECK: "machine.isub"
// CHECK: {symbol = @const.None}

// -----

// return from inside nested loops drops the iterator of the outer `for` and the counter of
// the inner `for_range` (an int: inline check), then the locals.
"typed.func"() ({
^bb0(%xs: !typed.list, %n: !typed.int):
  "typed.store_local"(%xs) {name = "xs"} : (!typed.list) -> ()
  "typed.store_local"(%n) {name = "n"} : (!typed.int) -> ()
  %0 = "typed.load_local"() {name = "xs"} : () -> !typed.list
  %1 = "typed.obj.iter"(%0) : (!typed.list) -> !typed.object
  "typed.for"(%1) ({
  ^bb1(%item: !typed.object):
    %2 = "typed.const_int"() {value = 0 : i64} : () -> !typed.int
    %3 = "typed.load_local"() {name = "n"} : () -> !typed.int
    %4 = "typed.const_int"() {value = 1 : i64} : () -> !typed.int
    "typed.for_range"(%2, %3, %4) ({
    ^bb2(%i: !typed.int):
      "typed.return"(%item) : (!typed.object) -> ()
    }, {
    }) : (!typed.int, !typed.int, !typed.int) -> ()
  }, {
  }) : (!typed.object) -> ()
  %5 = "typed.const_none"() : () -> !typed.none
  %6 = "typed.box"(%5) : (!typed.none) -> !typed.object
  "typed.return"(%6) : (!typed.object) -> ()
}) {sym_name = "h", py_name = "h", function_type = (!typed.list, !typed.int) -> !typed.object, locals = ["xs", "n"], local_types = [!typed.list, !typed.int]} : () -> ()
// for item in xs: xs is a list, so an index loop over its items (see `lists`).
// CHECK: "machine.load"({{xs}}) {offset = 32 : i64}
// CHECK: "machine.load"({{xs}}) {offset = 24 : i64}
// The counter slot starts at 0 (tagged 1) and is held by the for_range.
// CHECK: "machine.var_set"({{zero}}) {var = 3 : i64}
// The body does not use its counter: no reference is taken for it.
// CHECK: "machine.var_get"() {var = 3 : i64}
// CHECK: "machine.var_get"() {var = 3 : i64}
// CHECK-NEXT: "machine.const"() {value = 1 : i64}
// CHECK-NEXT: "machine.band"({{item}}, {{one}})
// CHECK: "machine.load"({{item}}) {offset = 0 : i64}
// CHECK-NEXT: "machine.const"() {value = 1 : i64}
// CHECK-NEXT: "machine.iadd"
// return item: item belongs to the outer body's block, so it takes a new reference; then
// the counter (inline check, the call on a cold path), the item and the list reference of the
// loop are dropped (the parameters are borrowed, never reassigned).
// CHECK: "machine.var_get"() {var = 3 : i64}
// CHECK: "machine.band"
// CHECK: "machine.isub"
// CHECK: "machine.isub"
// CHECK: "machine.return"

// RUN: lower-machine
// Generic operations on words: unpacking, displays (with * and **), calls (keywords, * and **,
// methods), f-strings, containment and comparison, a float global (boxed in its slot),
// deleting a local; as produced by infer for:
//   import sys
//   g = 1.5
//   def h(xs, d):
//       a, *b, c = xs
//       p, q = 1, "s"
//       t = [a, *b, c]
//       s = {1, *b}
//       m = {"k": p, **d}
//       xs[0] = len(xs)
//       del xs[0]
//       y = xs[1:2]
//       print(a, b, c, sep="-", end="\n")
//       print(*b, **d)
//       xs.append(q)
//       n = f"{a!r:>{p}} and {q}"
//       z = 3 in xs
//       w = xs < t
//       sys.maxsize
//       global g
//       g = g + 1.0
//       del p
//       return (t, s, m, y, n, z, w, -d, not d)
//   h([1, 2, 3], {})

"typed.func"() ({
^bb2(%arg2_0: !typed.list, %arg2_1: !typed.dict):
  "typed.store_local"(%arg2_0) {name = "xs"} : (!typed.list) -> ()
  "typed.store_local"(%arg2_1) {name = "d"} : (!typed.dict) -> ()
  "typed.store_local"(%arg2_0) {name = "xs"} : (!typed.list) -> ()
  "typed.store_local"(%arg2_1) {name = "d"} : (!typed.dict) -> ()
  %9 = "typed.load_local"() {name = "xs"} : () -> !typed.list
  %10:3 = "typed.obj.unpack"(%9) {after = 1 : i64, before = 1 : i64, count = 3 : i64, starred} : (!typed.list) -> (!typed.object, !typed.object, !typed.object)
  "typed.store_local"(%10#0) {name = "a"} : (!typed.object) -> ()
  "typed.store_local"(%10#1) {name = "b"} : (!typed.object) -> ()
  "typed.store_local"(%10#2) {name = "c"} : (!typed.object) -> ()
  %11 = "typed.const_int"() {value = 1 : i64} : () -> !typed.int
  %12 = "typed.const_str"() {value = "s"} : () -> !typed.str
  %13 = "typed.tuple.new"(%11, %12) : (!typed.int, !typed.str) -> !typed.tuple<!typed.int, !typed.str>
  %14:2 = "typed.obj.unpack"(%13) {count = 2 : i64} : (!typed.tuple<!typed.int, !typed.str>) -> (!typed.int, !typed.str)
  "typed.store_local"(%14#0) {name = "p"} : (!typed.int) -> ()
  "typed.store_local"(%14#1) {name = "q"} : (!typed.str) -> ()
  %15 = "typed.load_local"() {name = "a"} : () -> !typed.object
  %16 = "typed.load_local"() {name = "b"} : () -> !typed.object
  %17 = "typed.load_local"() {name = "c"} : () -> !typed.object
  %18 = "typed.list.new"(%15, %16, %17) {starred = [1 : i64]} : (!typed.object, !typed.object, !typed.object) -> !typed.list
  "typed.store_local"(%18) {name = "t"} : (!typed.list) -> ()
  %19 = "typed.const_int"() {value = 1 : i64} : () -> !typed.int
  %20 = "typed.load_local"() {name = "b"} : () -> !typed.object
  %21 = "typed.set.new"(%19, %20) {starred = [1 : i64]} : (!typed.int, !typed.object) -> !typed.set
  "typed.store_local"(%21) {name = "s"} : (!typed.set) -> ()
  %22 = "typed.const_str"() {value = "k"} : () -> !typed.str
  %23 = "typed.load_local"() {name = "p"} : () -> !typed.int
  %24 = "typed.const_none"() : () -> !typed.none
  %25 = "typed.load_local"() {name = "d"} : () -> !typed.dict
  %26 = "typed.dict.new"(%22, %23, %24, %25) {unpack = [1 : i64]} : (!typed.str, !typed.int, !typed.none, !typed.dict) -> !typed.dict
  "typed.store_local"(%26) {name = "m"} : (!typed.dict) -> ()
  %27 = "typed.load_local"() {name = "xs"} : () -> !typed.list
  %28 = "typed.obj.len"(%27) : (!typed.list) -> !typed.int
  %29 = "typed.load_local"() {name = "xs"} : () -> !typed.list
  %30 = "typed.const_int"() {value = 0 : i64} : () -> !typed.int
  "typed.obj.setitem"(%29, %30, %28) : (!typed.list, !typed.int, !typed.int) -> ()
  %31 = "typed.load_local"() {name = "xs"} : () -> !typed.list
  %32 = "typed.const_int"() {value = 0 : i64} : () -> !typed.int
  "typed.obj.delitem"(%31, %32) : (!typed.list, !typed.int) -> ()
  %33 = "typed.load_local"() {name = "xs"} : () -> !typed.list
  %34 = "typed.const_int"() {value = 1 : i64} : () -> !typed.int
  %35 = "typed.const_int"() {value = 2 : i64} : () -> !typed.int
  %36 = "typed.const_none"() : () -> !typed.none
  %37 = "typed.obj.slice"(%34, %35, %36) : (!typed.int, !typed.int, !typed.none) -> !typed.object
  %38 = "typed.obj.getitem"(%33, %37) : (!typed.list, !typed.object) -> !typed.list
  "typed.store_local"(%38) {name = "y"} : (!typed.list) -> ()
  %39 = "typed.load_local"() {name = "a"} : () -> !typed.object
  %40 = "typed.load_local"() {name = "b"} : () -> !typed.object
  %41 = "typed.load_local"() {name = "c"} : () -> !typed.object
  %42 = "typed.const_str"() {value = "-"} : () -> !typed.str
  %43 = "typed.const_str"() {value = "\n"} : () -> !typed.str
  %44 = "typed.builtin"() {name = "print"} : () -> !typed.object
  %45 = "typed.obj.call"(%44, %39, %40, %41, %42, %43) {kwnames = ["", "", "", "sep", "end"]} : (!typed.object, !typed.object, !typed.object, !typed.object, !typed.str, !typed.str) -> !typed.none
  %46 = "typed.load_local"() {name = "b"} : () -> !typed.object
  %47 = "typed.load_local"() {name = "d"} : () -> !typed.dict
  %48 = "typed.builtin"() {name = "print"} : () -> !typed.object
  %49 = "typed.obj.call"(%48, %46, %47) {kwnames = ["*", "**"]} : (!typed.object, !typed.object, !typed.dict) -> !typed.object
  %50 = "typed.load_local"() {name = "xs"} : () -> !typed.list
  %51 = "typed.load_local"() {name = "q"} : () -> !typed.str
  %52 = "typed.obj.call_method"(%50, %51) {kwnames = [""], name = "append"} : (!typed.list, !typed.str) -> !typed.none
  %53 = "typed.load_local"() {name = "a"} : () -> !typed.object
  %54 = "typed.const_str"() {value = ">"} : () -> !typed.str
  %55 = "typed.load_local"() {name = "p"} : () -> !typed.int
  %56 = "typed.str_of"(%55) {conversion = "s"} : (!typed.int) -> !typed.str
  %57 = "typed.build_str"(%54, %56) : (!typed.str, !typed.str) -> !typed.str
  %58 = "typed.str_of"(%53) {conversion = "r"} : (!typed.object) -> !typed.str
  %59 = "typed.format"(%58, %57) : (!typed.str, !typed.str) -> !typed.str
  %60 = "typed.const_str"() {value = " and "} : () -> !typed.str
  %61 = "typed.load_local"() {name = "q"} : () -> !typed.str
  %62 = "typed.str_of"(%61) {conversion = "s"} : (!typed.str) -> !typed.str
  %63 = "typed.build_str"(%59, %60, %62) : (!typed.str, !typed.str, !typed.str) -> !typed.str
  "typed.store_local"(%63) {name = "n"} : (!typed.str) -> ()
  %64 = "typed.const_int"() {value = 3 : i64} : () -> !typed.int
  %65 = "typed.load_local"() {name = "xs"} : () -> !typed.list
  %66 = "typed.obj.contains"(%64, %65) : (!typed.int, !typed.list) -> !typed.bool
  "typed.store_local"(%66) {name = "z"} : (!typed.bool) -> ()
  %67 = "typed.load_local"() {name = "xs"} : () -> !typed.list
  %68 = "typed.load_local"() {name = "t"} : () -> !typed.list
  %69 = "typed.obj.compare_bool"(%67, %68) {op = "lt"} : (!typed.list, !typed.list) -> !typed.bool
  "typed.store_local"(%69) {name = "w"} : (!typed.bool) -> ()
  %70 = "typed.load_global"() {name = "sys"} : () -> !typed.module
  %71 = "typed.load_global"() {name = "g"} : () -> !typed.float
  %72 = "typed.const_float"() {value = 1.0e0 : f64} : () -> !typed.float
  %73 = "typed.float.binop"(%71, %72) {op = "add"} : (!typed.float, !typed.float) -> !typed.float
  "typed.store_global"(%73) {name = "g"} : (!typed.float) -> ()
  "typed.delete_local"() {name = "p"} : () -> ()
  %74 = "typed.load_local"() {name = "t"} : () -> !typed.list
  %75 = "typed.load_local"() {name = "s"} : () -> !typed.set
  %76 = "typed.load_local"() {name = "m"} : () -> !typed.dict
  %77 = "typed.load_local"() {name = "y"} : () -> !typed.list
  %78 = "typed.load_local"() {name = "n"} : () -> !typed.str
  %79 = "typed.load_local"() {name = "z"} : () -> !typed.bool
  %80 = "typed.load_local"() {name = "w"} : () -> !typed.bool
  %81 = "typed.load_local"() {name = "d"} : () -> !typed.dict
  %82 = "typed.obj.unaryop"(%81) {op = "neg"} : (!typed.dict) -> !typed.object
  %83 = "typed.load_local"() {name = "d"} : () -> !typed.dict
  %84 = "typed.truthy"(%83) : (!typed.dict) -> !typed.bool
  %85 = "typed.not"(%84) : (!typed.bool) -> !typed.bool
  %86 = "typed.box"(%79) : (!typed.bool) -> !typed.object
  %87 = "typed.box"(%80) : (!typed.bool) -> !typed.object
  %88 = "typed.box"(%85) : (!typed.bool) -> !typed.object
  %89 = "typed.tuple.new"(%74, %75, %76, %77, %78, %86, %87, %82, %88) : (!typed.list, !typed.set, !typed.dict, !typed.list, !typed.str, !typed.object, !typed.object, !typed.object, !typed.object) -> !typed.tuple<!typed.list, !typed.set, !typed.dict, !typed.list, !typed.str, !typed.bool, !typed.bool, !typed.object, !typed.bool>
  "typed.return"(%89) : (!typed.tuple<!typed.list, !typed.set, !typed.dict, !typed.list, !typed.str, !typed.bool, !typed.bool, !typed.object, !typed.bool>) -> ()
}) {function_type = (!typed.list, !typed.dict) -> !typed.tuple<!typed.list, !typed.set, !typed.dict, !typed.list, !typed.str, !typed.bool, !typed.bool, !typed.object, !typed.bool>, local_types = [!typed.list, !typed.dict, !typed.object, !typed.object, !typed.object, !typed.int, !typed.str, !typed.list, !typed.set, !typed.dict, !typed.list, !typed.str, !typed.bool, !typed.bool], locals = ["xs", "d", "a", "b", "c", "p", "q", "t", "s", "m", "y", "n", "z", "w"], py_name = "h", sym_name = "h$list$dict"} : () -> ()
// a, *b, c = xs: rt_unpack_star into a stack array, then one load per target.
// CHECK: "machine.stack_alloc"() {size = 24 : i64}
// CHECK: {callee = @rt_unpack_star}
// CHECK: "machine.load"({{arr}}) {offset = 0 : i64}
// CHECK-NEXT: "machine.load"({{arr}}) {offset = 8 : i64}
// CHECK-NEXT: "machine.load"({{arr}}) {offset = 16 : i64}
// p, q = 1, "s": a tuple, then rt_unpack of 2.
// CHECK: {callee = @rt_tuple_new}
// CHECK: {callee = @rt_unpack}
// [a, *b, c]: the items before the star, then extend and append.
// CHECK: {callee = @rt_list_new}
// CHECK: {callee = @rt_list_extend}
// CHECK: {callee = @rt_list_append}
// {1, *b}: set.update for the starred item.
// CHECK: {callee = @rt_set_new}
// CHECK: {callee = @rt_call_method}
// {"k": p, **d}: the pair (None, d) is an update.
// CHECK: {callee = @rt_dict_new}
// CHECK: {callee = @rt_dict_setitem}
// CHECK: {callee = @rt_dict_update}
// xs[0] = len(xs); del xs[0]; xs[1:2]. len of a list reads its length word (offset 32).
// CHECK: "machine.load"({{xs}}) {offset = 32 : i64}
// CHECK-NEXT: "machine.iadd"
// CHECK-NEXT: "machine.const"() {value = 1 : i64}
// CHECK-NEXT: "machine.bor"
// xs is a list and 0 an int: rt_list_setitem; a slice goes through rt_getitem.
// CHECK: {callee = @rt_list_setitem}
// CHECK: {callee = @rt_delitem}
// CHECK: {callee = @rt_slice_new}
// CHECK: {callee = @rt_getitem}
// print(a, b, c, sep="-", end="\n"): 5 values, 3 positional, the keyword names' tuple
// cached in a slot (created on first use, in a cold block).
// CHECK: "machine.stack_alloc"() {size = 40 : i64}
// CHECK: "machine.const"() {value = 3 : i64}
// CHECK-NEXT: {symbol = @kw.0}
// CHECK-NEXT: "machine.load"
// CHECK: {callee = @rt_call}
// print(*b, **d): a tuple of the positional arguments and a dict of the keyword ones.
// CHECK: {callee = @rt_list_new}
// CHECK: {callee = @rt_list_extend}
// CHECK: {callee = @rt_dict_update}
// CHECK: {callee = @rt_list_to_tuple}
// CHECK: {callee = @rt_call_ex}
// xs.append(q)
// CHECK: {callee = @rt_call_method}
// f"{a!r:>{p}} and {q}"
// CHECK: {callee = @rt_str}
// CHECK: {callee = @rt_str_concat_n}
// CHECK: {callee = @rt_repr}
// CHECK: {callee = @rt_format}
// CHECK: {callee = @rt_str_concat_n}
// 3 in xs: (container, item)
// CHECK: {callee = @rt_contains}
// CHECK: {pred = "ne"}
// xs < t (op code 0)
// (the recursion depth is stored first: a comparison may call back into compiled code)
// CHECK: "machine.const"() {value = 0 : i32} : () -> i32
// CHECK-NEXT: {symbol = @recursion.depth}
// CHECK-NEXT: "machine.store"
// CHECK-NEXT: "machine.call"({{lt}}, {{xs}}, {{t}}) {callee = @rt_compare_bool}
// global g: g + 1.0 unboxes, adds, boxes, replaces (dropping the old box).
// CHECK: {symbol = @g.g}
// CHECK: {callee = @rt_float_unbox}
// CHECK: "machine.fadd"
// CHECK: {callee = @rt_float_box}
// CHECK: "machine.load"
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
// CHECK-NEXT: "machine.load"({{old}}) {offset = 0 : i64}
// CHECK: "machine.isub"
// del p
// CHECK: "machine.var_set"({{zero}}) {var = 5 : i64}
// -d, not d
// CHECK: {callee = @rt_unaryop}
// CHECK: {callee = @rt_truthy}
// CHECK: "machine.bxor"
// The result tuple of 9.
// CHECK: "machine.stack_alloc"() {size = 72 : i64}
// CHECK: {callee = @rt_tuple_new}
// CHECK: "machine.return"
// The keyword names tuple ("sep", "end"), cold.
// CHECK: {callee = @rt_tuple_new}
// CHECK: "machine.store"
// CHECK-COUNT-1: "machine.global"() {size = 8 : i64, sym_name = "kw.0"}
// p is deleted, so its two loads and the del are checked; every other local is bound.
// CHECK-COUNT-3: {callee = @rt_raise_unbound_local}
// -----
// A list[float] element is read from its float object directly (no rt_float_unbox);
// list.append of a typed list calls rt_list_append, xs[0] reads the list inline. As produced by infer for:
//   def f(xs):
//       xs.append(2.5)
//       return xs[0] + 1.0
//   print(f([0.5]))
"builtin.module"() ({
^bb0:
  "typed.global"() {sym_name = "__name__", type = !typed.str} : () -> ()
  "typed.global"() {sym_name = "f", type = !typed.func} : () -> ()
  "typed.func"() ({
  ^bb1:
    %0 = "typed.const_str"() {value = "__main__"} : () -> !typed.str
    "typed.store_global"(%0) {name = "__name__"} : (!typed.str) -> ()
    "typed.define_function"() {name = "f"} : () -> ()
    %1 = "typed.const_float"() {value = 5.0e-1 : f64} : () -> !typed.float
    %2 = "typed.box"(%1) : (!typed.float) -> !typed.object
    %3 = "typed.list.new"(%2) : (!typed.object) -> !typed.list<!typed.float>
    %4 = "typed.call"(%3) {callee = @f$list, py_name = "f"} : (!typed.list<!typed.float>) -> !typed.float
    %5 = "typed.builtin"() {name = "print"} : () -> !typed.object
    %6 = "typed.box"(%4) : (!typed.float) -> !typed.object
    %7 = "typed.obj.call"(%5, %6) {kwnames = [""]} : (!typed.object, !typed.object) -> !typed.none
    %8 = "typed.const_none"() : () -> !typed.none
    "typed.return"(%8) : (!typed.none) -> ()
  }) {function_type = () -> !typed.none, local_types = [], locals = [], py_name = "__main__", sym_name = "__main__"} : () -> ()
  "typed.func"() ({
  ^bb2(%arg2_0: !typed.list<!typed.float>):
    "typed.store_local"(%arg2_0) {name = "xs"} : (!typed.list<!typed.float>) -> ()
    %9 = "typed.load_local"() {name = "xs"} : () -> !typed.list<!typed.float>
    %10 = "typed.const_float"() {value = 2.5e0 : f64} : () -> !typed.float
    %11 = "typed.box"(%10) : (!typed.float) -> !typed.object
    "typed.list.append"(%9, %11) : (!typed.list<!typed.float>, !typed.object) -> ()
    %12 = "typed.const_none"() : () -> !typed.none
    %13 = "typed.load_local"() {name = "xs"} : () -> !typed.list<!typed.float>
    %14 = "typed.const_int"() {value = 0 : i64} : () -> !typed.int
    %15 = "typed.obj.getitem"(%13, %14) : (!typed.list<!typed.float>, !typed.int) -> !typed.object
    %16 = "typed.unbox"(%15) : (!typed.object) -> !typed.float
    %17 = "typed.const_float"() {value = 1.0e0 : f64} : () -> !typed.float
    %18 = "typed.float.binop"(%16, %17) {op = "add"} : (!typed.float, !typed.float) -> !typed.float
    "typed.return"(%18) : (!typed.float) -> ()
  }) {function_type = (!typed.list<!typed.float>) -> !typed.float, local_types = [!typed.list<!typed.float>], locals = ["xs"], py_name = "f", sym_name = "f$list"} : () -> ()
}) : () -> ()
// CHECK: callee = @rt_list_append
// A list indexed by an int: the length (offset 32) bounds the index, the item is read from
// the item array (offset 24); out of range, rt_list_getitem raises IndexError (cold).
// CHECK: "machine.load"({{xs}}) {offset = 32 : i64}
// CHECK: "machine.load"({{xs}}) {offset = 24 : i64}
// CHECK: "machine.load"({{.*}}) {offset = 16 : i64} : (i64) -> f64
// CHECK-NOT: rt_float_unbox
// CHECK: "machine.fadd"
// CHECK: callee = @rt_list_getitem
// -----
// Set displays of constants: 3+ items are built as CPython does (rt_set_new_const), a display
// iterated by `for` is the frozenset constant CPython iterates; others add items in order.
// As produced by infer for:
//   print({3, 1, 2})
//   for x in {5, 4}:
//       print(x)
//   print({1, 2})
"builtin.module"() ({
^bb0:
  "typed.global"() {sym_name = "__name__", type = !typed.str} : () -> ()
  "typed.global"() {sym_name = "x", type = !typed.object} : () -> ()
  "typed.func"() ({
  ^bb1:
    %0 = "typed.const_str"() {value = "__main__"} : () -> !typed.str
    "typed.store_global"(%0) {name = "__name__"} : (!typed.str) -> ()
    %1 = "typed.const_int"() {value = 3 : i64} : () -> !typed.int
    %2 = "typed.const_int"() {value = 1 : i64} : () -> !typed.int
    %3 = "typed.const_int"() {value = 2 : i64} : () -> !typed.int
    %4 = "typed.set.new"(%1, %2, %3) {const_items} : (!typed.int, !typed.int, !typed.int) -> !typed.set
    %5 = "typed.builtin"() {name = "print"} : () -> !typed.object
    %6 = "typed.obj.call"(%5, %4) {kwnames = [""]} : (!typed.object, !typed.set) -> !typed.none
    %7 = "typed.const_int"() {value = 5 : i64} : () -> !typed.int
    %8 = "typed.const_int"() {value = 4 : i64} : () -> !typed.int
    %9 = "typed.set.new"(%7, %8) {frozen} : (!typed.int, !typed.int) -> !typed.set
    %10 = "typed.obj.iter"(%9) : (!typed.set) -> !typed.object
    "typed.for"(%10) ({
    ^bb2(%arg2_0: !typed.object):
      "typed.store_global"(%arg2_0) {name = "x"} : (!typed.object) -> ()
      %11 = "typed.load_global"() {name = "x"} : () -> !typed.object
      %12 = "typed.builtin"() {name = "print"} : () -> !typed.object
      %13 = "typed.obj.call"(%12, %11) {kwnames = [""]} : (!typed.object, !typed.object) -> !typed.none
    }, {
    ^bb3:
    }) : (!typed.object) -> ()
    %14 = "typed.const_int"() {value = 1 : i64} : () -> !typed.int
    %15 = "typed.const_int"() {value = 2 : i64} : () -> !typed.int
    %16 = "typed.set.new"(%14, %15) : (!typed.int, !typed.int) -> !typed.set
    %17 = "typed.builtin"() {name = "print"} : () -> !typed.object
    %18 = "typed.obj.call"(%17, %16) {kwnames = [""]} : (!typed.object, !typed.set) -> !typed.none
    %19 = "typed.const_none"() : () -> !typed.none
    "typed.return"(%19) : (!typed.none) -> ()
  }) {function_type = () -> !typed.none, local_types = [], locals = [], py_name = "__main__", sym_name = "__main__"} : () -> ()
}) : () -> ()
// CHECK: {callee = @rt_set_new_const}
// CHECK: {callee = @rt_frozenset_new_const}
// CHECK: {callee = @rt_set_new}

/* C smoke test of the runtime ABI: prints "hello" through the print builtin, then an
   uncaught KeyError when given an argument. */
#include <stdint.h>
extern uint64_t rt_load_builtin(uint64_t *slot, const char *name, int64_t len);
extern uint64_t rt_str_const(uint64_t *slot, const char *p, int64_t len);
extern uint64_t rt_call(uint64_t c, const uint64_t *args, int64_t nargs, uint64_t kwnames);
extern uint64_t rt_dict_new(void);
extern uint64_t rt_getitem(uint64_t a, uint64_t k);
extern uint64_t rt_import(uint64_t *slot, const char *name, int64_t len);
extern uint64_t rt_getattr(uint64_t o, uint64_t name);
extern int64_t rt_len(uint64_t);
extern void rt_decref(uint64_t);
/* code: the function name then the file name, each NUL-terminated; pos: the line (no columns) */
extern void rt_traceback_add(const char *code, int64_t pos);

static uint64_t s_print, s_hello, s_sys, s_argv, s_x;

uint64_t m0_main(void) {
    uint64_t p = rt_load_builtin(&s_print, "print", 5);
    if (!p) return 0;
    uint64_t h = rt_str_const(&s_hello, "hello", 5);
    uint64_t args[1] = {h};
    uint64_t r = rt_call(p, args, 1, 0);
    rt_decref(p);
    rt_decref(h);
    if (!r) return 0;
    uint64_t sys = rt_import(&s_sys, "sys", 3);
    uint64_t argv = rt_getattr(sys, rt_str_const(&s_argv, "argv", 4));
    int64_t n = rt_len(argv);
    rt_decref(argv);
    if (n > 1) {
        uint64_t d = rt_dict_new();
        uint64_t v = rt_getitem(d, rt_str_const(&s_x, "x", 1));
        if (!v) {
            rt_traceback_add("main\0app.py", 5);
            rt_traceback_add("<module>\0app.py", 9);
            return 0;
        }
    }
    return r;
}

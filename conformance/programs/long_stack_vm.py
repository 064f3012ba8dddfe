# A tiny stack-based virtual machine: an assembler with labels, a dispatch loop over a
# list of instructions, calls/returns with a frame stack, runtime errors with the failing
# program counter, and an execution trace/profile.
class VMError(Exception):
    def __init__(self, message, pc, op):
        super().__init__(f"{message} (pc={pc}, op={op})")
        self.pc = pc
        self.op = op


class Instr:
    def __init__(self, op, arg=None):
        self.op = op
        self.arg = arg

    def __repr__(self):
        return self.op if self.arg is None else f"{self.op} {self.arg}"


def assemble(source):
    labels = {}
    raw = []
    for line in source.strip().splitlines():
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(raw)
            continue
        parts = line.split()
        raw.append(parts)
    code = []
    for parts in raw:
        op = parts[0].upper()
        arg = None
        if len(parts) > 1:
            a = parts[1]
            if a in labels:
                arg = labels[a]
            elif a.lstrip("-").isdigit():
                arg = int(a)
            else:
                arg = a
        code.append(Instr(op, arg))
    return code, labels


class VM:
    def __init__(self, code, trace=False, max_steps=100000):
        self.code = code
        self.stack = []
        self.frames = []
        self.vars = {}
        self.output = []
        self.pc = 0
        self.steps = 0
        self.trace = trace
        self.max_steps = max_steps
        self.profile = {}

    def pop(self, instr):
        if not self.stack:
            raise VMError("stack underflow", self.pc, instr.op)
        return self.stack.pop()

    def run(self):
        while self.pc < len(self.code):
            instr = self.code[self.pc]
            self.steps += 1
            if self.steps > self.max_steps:
                raise VMError("step limit exceeded", self.pc, instr.op)
            self.profile[instr.op] = self.profile.get(instr.op, 0) + 1
            if self.trace:
                print(f"    {self.pc:3d} {instr!r:<12} {self.stack}")
            self.pc += 1
            op = instr.op
            if op == "PUSH":
                self.stack.append(instr.arg)
            elif op == "POP":
                self.pop(instr)
            elif op == "DUP":
                v = self.pop(instr)
                self.stack.extend([v, v])
            elif op == "SWAP":
                b = self.pop(instr)
                a = self.pop(instr)
                self.stack.extend([b, a])
            elif op in ("ADD", "SUB", "MUL", "DIV", "MOD", "LT", "EQ"):
                b = self.pop(instr)
                a = self.pop(instr)
                if op == "ADD":
                    r = a + b
                elif op == "SUB":
                    r = a - b
                elif op == "MUL":
                    r = a * b
                elif op == "DIV" or op == "MOD":
                    if b == 0:
                        raise VMError("division by zero", self.pc - 1, op)
                    r = a // b if op == "DIV" else a % b
                elif op == "LT":
                    r = 1 if a < b else 0
                else:
                    r = 1 if a == b else 0
                self.stack.append(r)
            elif op == "LOAD":
                if instr.arg not in self.vars:
                    raise VMError(f"unknown variable {instr.arg!r}", self.pc - 1, op)
                self.stack.append(self.vars[instr.arg])
            elif op == "STORE":
                self.vars[instr.arg] = self.pop(instr)
            elif op == "JMP":
                self.pc = instr.arg
            elif op == "JZ":
                if self.pop(instr) == 0:
                    self.pc = instr.arg
            elif op == "CALL":
                self.frames.append((self.pc, dict(self.vars)))
                self.pc = instr.arg
            elif op == "RET":
                if not self.frames:
                    raise VMError("return outside call", self.pc - 1, op)
                self.pc, saved = self.frames.pop()
                self.vars = saved
            elif op == "PRINT":
                v = self.pop(instr)
                self.output.append(v)
                print("  out:", v)
            elif op == "HALT":
                return "halted"
            else:
                raise VMError("bad opcode", self.pc - 1, op)
        return "fell off end"


def run_program(name, source, trace=False, max_steps=100000):
    print(f"== {name}")
    code, labels = assemble(source)
    vm = VM(code, trace=trace, max_steps=max_steps)
    try:
        status = vm.run()
        print(f"  status={status} steps={vm.steps} stack={vm.stack} output={vm.output}")
    except VMError as e:
        print(f"  VMError: {e} stack={vm.stack} pc={e.pc}")
    print("  profile:", sorted(vm.profile.items()))
    return vm


run_program("arith", """
    push 6
    push 7
    mul
    dup
    print
    push 5
    swap
    sub      ; 5 - 42
    print
    halt
""", trace=True)

run_program("countdown", """
    push 5
    store n
loop:
    load n
    jz done
    load n
    print
    load n
    push 1
    sub
    store n
    jmp loop
done:
    push 0
    print
""")

fact_src = """
    push 1
    store acc
    push 20
    store n
loop:
    load n
    jz end
    load acc
    load n
    mul
    store acc
    load n
    push -1
    add
    store n
    jmp loop
end:
    load acc
    print
    halt
"""
run_program("factorial", fact_src)

run_program("gcd via call", """
    push 1071
    push 462
    call gcd
    print
    push 2 ** 0
    halt
gcd:
    store b
    store a
top:
    load b
    jz finish
    load a
    load b
    mod
    load b
    store a
    store b
    jmp top
finish:
    load a
    ret
""")

run_program("primes below 40", """
    push 2
    store n
outer:
    load n
    push 40
    lt
    jz stop
    push 2
    store d
inner:
    load d
    load d
    mul
    load n
    swap
    lt
    push 1
    swap
    sub
    jz isprime
    load n
    load d
    mod
    jz next
    load d
    push 1
    add
    store d
    jmp inner
isprime:
    load n
    print
next:
    load n
    push 1
    add
    store n
    jmp outer
stop:
    halt
""")

run_program("underflow", "push 1\nadd\n")
run_program("div zero", "push 1\npush 0\ndiv\n")
run_program("unknown var", "load ghost\n")
run_program("bad op", "push 3\nfrobnicate\n")
run_program("ret outside", "ret\n")
run_program("infinite", "top:\njmp top\n", max_steps=50)
run_program("bigint", """
    push 1
    store x
    push 70
    store i
again:
    load i
    jz out
    load x
    push 3
    mul
    store x
    load i
    push 1
    sub
    store i
    jmp again
out:
    load x
    dup
    print
    push 1000000007
    mod
    print
""")
code, labels = assemble(fact_src)
print(sorted(labels.items()), code[:6], len(code))

# A bytecode compiler and stack VM for a tiny language with loops, functions and recursion.

import sys

def tokenize(src):
    out = []
    for line in src.strip().splitlines():
        out.append(line.split())
    return out

class VMError(Exception):
    pass

def compile_program(lines):
    code, labels, fixups = [], {}, []
    for words in lines:
        op, *args = words
        if op.endswith(':'):
            labels[op[:-1]] = len(code)
            continue
        if op in ('jmp', 'jz', 'call'):
            fixups.append((len(code), args[0]))
            code.append([op, None])
        elif op == 'push':
            code.append([op, int(args[0])])
        elif op in ('load', 'store'):
            code.append([op, args[0]])
        else:
            code.append([op])
    for at, label in fixups:
        if label not in labels:
            raise VMError(f'undefined label {label}')
        code[at][1] = labels[label]
    return code

def run(code, trace=False):
    stack, frames, pc, env, steps = [], [], 0, {}, 0
    binops = {'add': lambda a, b: a + b, 'sub': lambda a, b: a - b, 'mul': lambda a, b: a * b,
              'lt': lambda a, b: int(a < b), 'eq': lambda a, b: int(a == b), 'mod': lambda a, b: a % b}
    out = []
    while pc < len(code):
        ins = code[pc]
        pc += 1
        steps += 1
        op = ins[0]
        if trace:
            print(f'  {pc - 1:3} {op:6} {stack}')
        if op == 'push':
            stack.append(ins[1])
        elif op in binops:
            b, a = stack.pop(), stack.pop()
            stack.append(binops[op](a, b))
        elif op == 'load':
            try:
                stack.append(env[ins[1]])
            except KeyError:
                raise VMError(f'unbound {ins[1]} at {pc - 1}') from None
        elif op == 'store':
            env[ins[1]] = stack.pop()
        elif op == 'jmp':
            pc = ins[1]
        elif op == 'jz':
            if stack.pop() == 0:
                pc = ins[1]
        elif op == 'call':
            frames.append((pc, env))
            env = {'arg': stack.pop()}
            pc = ins[1]
        elif op == 'ret':
            pc, env = frames.pop()
        elif op == 'print':
            out.append(stack.pop())
        elif op == 'dup':
            stack.append(stack[-1])
        elif op == 'halt':
            break
        else:
            raise VMError(f'bad opcode {op}')
    return out, steps

LOOP = '''
push 0
store i
push 0
store total
top:
load i
push 10
lt
jz end
load total
load i
load i
mul
add
store total
load i
push 1
add
store i
jmp top
end:
load total
print
halt
'''

FACT = '''
push 12
call fact
print
push 20
call fact
print
halt
fact:
load arg
push 2
lt
jz recurse
push 1
ret
recurse:
load arg
load arg
push 1
sub
call fact
mul
ret
'''

print(run(compile_program(tokenize(LOOP))))
print(run(compile_program(tokenize(FACT))))
print(run(compile_program(tokenize('push 2\npush 3\nmul\ndup\nprint\nprint')), trace=True))
for bad in ('load nope', 'jmp nowhere', 'frob'):
    try:
        run(compile_program(tokenize(bad)))
    except VMError as e:
        print('VMError:', e)
print(sys.getrecursionlimit() > 0)

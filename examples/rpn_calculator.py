# rpn_calculator.py - a reverse Polish notation calculator: a tiny stack machine,
# like the one at the heart of a bytecode interpreter.
#
# Shows: a dict of lambdas as a dispatch table, list as a stack (append/pop),
# int and float arithmetic, exceptions for bad programs, and %r formatting.

OPERATORS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "//": lambda a, b: a // b,
    "%": lambda a, b: a % b,
    "**": lambda a, b: a ** b,
}


class CalculatorError(Exception):
    pass


def number(token):
    try:
        return int(token)
    except ValueError:
        return float(token)


def evaluate(program):
    stack = []
    for token in program.split():
        if token in OPERATORS:
            if len(stack) < 2:
                raise CalculatorError("%r needs two operands" % token)
            b = stack.pop()
            a = stack.pop()
            stack.append(OPERATORS[token](a, b))
        elif token == "dup":
            stack.append(stack[-1])
        elif token == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        else:
            try:
                stack.append(number(token))
            except ValueError:
                raise CalculatorError("unknown word %r" % token) from None
    if len(stack) != 1:
        raise CalculatorError("program leaves %d values: %r" % (len(stack), stack))
    return stack[0]


PROGRAMS = [
    "1 2 +",
    "3 4 + 5 *",
    "2 100 **",
    "7 2 /",
    "7 2 //",
    "-7 2 %",
    "2.5 dup *",
    "1 10 swap -",
    "1 0 /",
    "1 +",
    "1 2 3",
    "2 three *",
]


def main():
    for program in PROGRAMS:
        try:
            print("%-12s => %r" % (program, evaluate(program)))
        except ZeroDivisionError as error:
            print("%-12s => ZeroDivisionError: %s" % (program, error))
        except CalculatorError as error:
            print("%-12s => error: %s" % (program, error))


main()

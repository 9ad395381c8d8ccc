"""namedtuple for CSV-like records: _make, map, sorting and grouping (PyMOTW/cookbook)."""
import collections
import io
from typing import List

CSV = """name,age,dept,salary
Ann,34,eng,120000
Bob,45,ops,90000
Cid,29,eng,105000
Dee,51,ops,99000
Eve,38,sales,70000"""

f = io.StringIO(CSV)
header = f.readline().strip().split(',')
Employee = collections.namedtuple('Employee', header)
rows: List = []
for line in f:
    name, age, dept, salary = line.strip().split(',')
    rows.append(Employee._make([name, int(age), dept, int(salary)]))
print(rows[0])
print(type(rows[0]).__name__, Employee.__doc__, Employee, type(rows[0]))
by_dept = collections.defaultdict(list)
for e in rows:
    by_dept[e.dept].append(e)
for dept, emps in sorted(by_dept.items()):
    avg = sum(e.salary for e in emps) / len(emps)
    print(f'{dept:<6}{len(emps):>2} ${avg:>12,.2f}  {", ".join(e.name for e in emps)}')
oldest = max(rows, key=lambda e: e.age)
print('oldest:', oldest.name, oldest._asdict())
raised = [e._replace(salary=round(e.salary * 1.1)) for e in rows if e.dept == 'eng']
print(raised)
Point3 = collections.namedtuple('Point3', 'x y z', defaults=(0,))
print(Point3(1, 2), Point3(1, 2, 3), Point3._field_defaults)
print(isinstance(rows[0], tuple), rows[0] == ('Ann', 34, 'eng', 120000), hash(Point3(1, 2)) == hash((1, 2, 0)))

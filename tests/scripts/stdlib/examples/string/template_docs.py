"""string.Template examples from the docs and PyMOTW."""
from string import Template
import string

s = Template('$who likes $what')
print(s.substitute(who='tim', what='kung pao'))
d = dict(who='tim')
try:
    Template('Give $who $100').substitute(d)
except ValueError as e:
    print('ValueError:', e)
try:
    Template('$who likes $what').substitute(d)
except KeyError as e:
    print('KeyError:', e)
print(Template('$who likes $what').safe_substitute(d))

values = {'var': 'foo'}
t = string.Template("""
Variable        : $var
Escape          : $$
Variable in text: ${var}iable
""")
print('TEMPLATE:', t.substitute(values))
print(t.template.count('$'))


print(Template('$a and ${b}').get_identifiers(), Template('$x').is_valid(), Template('$').is_valid())
print(Template('${name} is $age').substitute({'name': 'Bob'}, age=42))

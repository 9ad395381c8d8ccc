# string.Template: substitute, safe_substitute, $$, ${name}, errors, identifiers
from string import Template

t = Template('$who likes $what')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(Template('${noun}ification costs $$10 or $$$amount').substitute(noun='gilp', amount=3))
print(Template('$a$b${c}d $_under_1 $x2').substitute(a=1, b=2, c=3, _under_1='u', x2=[1]))
print(t.template)

try:
    Template('$who likes $what').substitute(who='tim')
except KeyError as e:
    print('KeyError', e)

for text in ['abc $ x', '$', 'line one\nline $2', 'a\nb\n$', '${bad name}', '${', 'x $-y']:
    try:
        Template(text).substitute(x=1)
    except ValueError as e:
        print('ValueError', e)
    print(repr(Template(text).safe_substitute(x=1)))

print(Template('$who likes $what, ${who}!').safe_substitute(who='tim'))
print(Template('$who likes ${what}').safe_substitute({}))
print(Template('$$ and $ alone').safe_substitute())
print(Template('$a $b ${a} $$c ${d}').get_identifiers())
print(Template('$a $ ${b').get_identifiers())
print(Template('$a and $$').is_valid(), Template('$a and $').is_valid(), Template('${a').is_valid())
print(Template.delimiter, Template.idpattern)


class Percent(Template):
    delimiter = '%'


print(Percent('%who owes %%%amount').substitute(who='bob', amount=5))
print(Percent('100% sure').safe_substitute())

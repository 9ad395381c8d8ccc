data = {
    'users': [
        {'name': 'ann', 'tags': ['admin', 'dev']},
        {'name': 'ben', 'tags': []},
    ],
    'count': 2,
}
print(data['users'][0]['name'])
print(data['users'][0]['tags'][-1])
for u in data['users']:
    print(u['name'], len(u['tags']), u.get('email', 'n/a'))
data['users'][1]['tags'].append('new')
print(data)
tree = {}
for path in ['a/b/c', 'a/b/d', 'a/e', 'f']:
    node = tree
    for part in path.split('/'):
        node = node.setdefault(part, {})
print(tree)
def depth(t):
    if not t:
        return 0
    return 1 + max(depth(v) for v in t.values())
print(depth(tree))
d = {'self': None}
d['self'] = d
print(d)

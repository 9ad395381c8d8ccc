print('raising SystemExit(2) directly')
try:
    pass
finally:
    print('finally first')
raise SystemExit(2)

print('mod_from_path loaded')
WHERE = 'pathdir'

import mod_broken
print('imported')
mod_broken.explode()

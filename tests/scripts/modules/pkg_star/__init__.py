__all__ = ['alpha', 'ONE']
ONE = 1

"""`ProcessPoolExecutor`: named so that imports work, but gilpy has no
`multiprocessing` yet, so making one raises NotImplementedError."""

from concurrent.futures._base import Executor, BrokenExecutor


class BrokenProcessPool(BrokenExecutor):
    """A process in the pool ended abruptly (never raised by gilpy)."""


class ProcessPoolExecutor(Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *, max_tasks_per_child=None):
        raise NotImplementedError(
            "ProcessPoolExecutor is not available: gilpy has no multiprocessing yet "
            "(use ThreadPoolExecutor, or run with -X gil=0 for parallel threads)"
        )

"""AWS Lambda entry point. The skill is built once, at import; each request only runs it."""

import gc

gc.disable()  # no garbage collection while loading: the import graph is long-lived anyway

from steady_ground.entry import make_handler, settle_after_init  # noqa: E402

lambda_handler = make_handler()

settle_after_init()

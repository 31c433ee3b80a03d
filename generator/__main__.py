"""Run as `python -m generator`."""
import os
import sys

from .cli import main

code = main()
# Leave without freeing the site model object by object: at district scale the interpreter's
# teardown took 0.8 s after the build had finished, and the system frees the memory at once.
# Every output file is closed as it is written, and `serve` cleans up before main() returns;
# only the standard streams may still hold text.
for stream in (sys.stdout, sys.stderr):
    try:
        stream.flush()
    except (OSError, ValueError):  # a closed pipe (`| head`) or a closed stream: nothing left to say
        pass
os._exit(code)

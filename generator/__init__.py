"""zhengwu-generator: a static-site generator for government disclosure (政务公开) catalogues."""
import os

# Read by numpy when it is first imported (search_postings.py). By default numpy asks the kernel
# for 2 MiB pages for every array over 4 MiB; the search index makes hundreds of short-lived
# ones, and the kernel zeroes each fresh huge page whole: at district scale 2.7-3.3 s of system
# time, 0.8-1.0 s with ordinary pages (bench corpus, SearchIndex alone). A value set by the user wins.
os.environ.setdefault("NUMPY_MADVISE_HUGEPAGE", "0")

__version__ = "0.1.0"

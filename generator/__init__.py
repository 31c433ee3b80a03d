"""zhengwu-generator: a static-site generator for government disclosure (政务公开) catalogues."""

__version__ = "0.1.0"

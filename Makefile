# `make build` and `make test` are the whole set-up on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

# Debian packages the tests need: zbar to scan QR codes, cairo to rasterise them, and
# Chromium for the browser tests (driven by Playwright; never a downloaded browser), and
# Java for the Nu HTML Checker.
SYSTEM_PACKAGES := libzbar0 libcairo2 chromium openjdk-17-jre-headless

.PHONY: build test check serve bench clean system-packages

build: $(STAMP)
	$(PY) -m generator build

check: $(STAMP)
	$(PY) -m generator check

serve: $(STAMP)
	$(PY) -m generator serve

test: $(STAMP) system-packages
	$(PY) -m pytest

# Figures at 1/10 and full district scale (medians of 3 runs); see bench/run.py.
bench: $(STAMP) $(VENV)/.bench-installed system-packages
	$(PY) bench/run.py

system-packages:
	@missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing $$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi

$(VENV)/.bench-installed: pyproject.toml $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,bench]'
	touch $@

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

clean:
	rm -rf output

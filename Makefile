# Two commands set everything up on a fresh machine:
#   make serve   build the site from the example dossiers and serve it on http://127.0.0.1:8000
#   make test    run the tests
VENV := .venv
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test system-packages lock screenshots nieuw controleer

$(VENV)/.installed: requirements.lock pyproject.toml
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -r requirements.lock
	$(VENV)/bin/pip install --quiet --no-deps -e .
	touch $@

serve: $(VENV)/.installed
	$(VENV)/bin/mkdocs serve

build: $(VENV)/.installed
	$(VENV)/bin/mkdocs build --strict

# The communications team's common commands (`woo ...`), without activating .venv.
nieuw: $(VENV)/.installed
	$(VENV)/bin/woo nieuw

controleer: $(VENV)/.installed
	$(VENV)/bin/woo controleer

# Browser tests drive Debian's chromium; letter PDFs in tests use DejaVu fonts; Tesseract
# (with Dutch) recognises scanned annexes, in the tests and in a build.
system-packages:
	@scripts/install-system-packages.sh

test: $(VENV)/.installed system-packages
	$(VENV)/bin/ruff check .
	$(VENV)/bin/pytest -q -n auto

# Refresh the lock after changing dependencies in pyproject.toml.
lock:
	rm -rf .lockvenv && python3 -m venv .lockvenv
	.lockvenv/bin/pip install --quiet '.[test]'
	.lockvenv/bin/pip freeze --exclude woo-dossiers > requirements.lock
	rm -rf .lockvenv

# The README's screenshots of the example site (headless chromium; not published).
screenshots: $(VENV)/.installed system-packages
	$(VENV)/bin/python scripts/screenshots.py
